package io.cardvault.domain.account;

import java.nio.charset.StandardCharsets;

/**
 * What a new password must satisfy: at least 8 characters (the spec's rule) and at most 72 bytes
 * in UTF-8, because bcrypt ignores everything after the 72nd byte and a longer password would
 * silently not count in full.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;

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
        return password;
    }
}
