package io.cardvault.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must satisfy: at least 8 characters (the spec's rule) and at most 72 bytes
 * in UTF-8, because bcrypt ignores everything after the 72nd byte and a longer password would
 * silently not count in full; not blank (eight spaces are 8 characters but no secret); and not
 * one of the most common passwords, which guessing tries first whatever the throttling
 * ({@code common-passwords.txt} beside this class says where the list comes from).
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "common-passwords.txt";

    private PasswordRules() {
    }

    /** Returns the password when it is acceptable; rejects it with the field named otherwise. */
    public static String requireAcceptable(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidAccountDataException(field, "password must be at least 8 characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidAccountDataException(field, "password must be at most 72 bytes");
        }
        if (password.isBlank()) {
            throw new InvalidAccountDataException(field, "password must not be only spaces");
        }
        if (Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            throw new InvalidAccountDataException(field, "password is one of the most common passwords; choose another");
        }
        return password;
    }

    /** Read once, on the first password checked. */
    private static final class Common {

        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream list = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS)) {
                if (list == null) {
                    throw new IllegalStateException(COMMON_PASSWORDS + " is missing beside PasswordRules");
                }
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
                    return lines.lines().filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .collect(Collectors.toUnmodifiableSet());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
