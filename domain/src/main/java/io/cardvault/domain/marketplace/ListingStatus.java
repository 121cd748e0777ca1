package io.cardvault.domain.marketplace;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a listing stands; only an {@code ACTIVE} listing can be bought, bid on or amended. A
 * {@code DRAFT} (from a Cardmarket stock import) is seen by its seller only until it is published.
 */
public enum ListingStatus {
    ACTIVE, SOLD, EXPIRED, WITHDRAWN, DRAFT;

    /** The API's word: {@code active}, {@code sold}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ListingStatus> find(String code) {
        for (ListingStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
