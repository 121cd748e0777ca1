package io.cardvault.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address, lowercased so lookups and the uniqueness rule ignore case. The check is the
 * pragmatic one (one {@code @}, a dotted domain, no spaces, at most 254 characters); only a sent
 * message proves an address exists.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidAccountDataException("email", "value is not a valid email address");
        }
    }
}
