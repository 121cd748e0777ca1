package io.cardvault.domain.scan;

import java.io.Serializable;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Six digits the desktop shows and the phone repeats, so the person holding the phone can check it
 * joined their own desktop's session (leading zeros kept: {@code 042193}).
 */
public record ConfirmationCode(String value) implements Serializable {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{6}");

    public ConfirmationCode {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidScanDataException("confirmation_code", "a confirmation code is six digits");
        }
    }

    public static ConfirmationCode generate(Random random) {
        return new ConfirmationCode(String.format(java.util.Locale.ROOT, "%06d", random.nextInt(1_000_000)));
    }
}
