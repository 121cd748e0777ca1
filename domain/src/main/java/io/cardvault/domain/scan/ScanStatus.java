package io.cardvault.domain.scan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a scan session is: opened and waiting for a phone ({@code pending}), joined by one
 * ({@code claimed}), receiving photos or results ({@code active}), ended by the phone
 * ({@code completed}), or out of time ({@code expired}, never stored: it is read off the clock).
 */
public enum ScanStatus {
    PENDING, CLAIMED, ACTIVE, COMPLETED, EXPIRED;

    /** The lower-case word the API shows. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ScanStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }
}
