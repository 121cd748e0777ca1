package io.cardvault.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A login name: 3–30 characters, stored lowercased so {@code Demo-1} and {@code demo-1} are one
 * user. Letters, digits, {@code -}, {@code _} and {@code .} only, starting with a letter or digit,
 * so a name is safe in URLs ({@code /users/{username}}) and never looks like an email.
 */
public record Username(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 30;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public Username {
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new InvalidAccountDataException("username", "username must be 3-30 characters");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidAccountDataException("username",
                    "username may contain only letters, digits, '.', '_' and '-', starting with a letter or digit");
        }
    }
}
