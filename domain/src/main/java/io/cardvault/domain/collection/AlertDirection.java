package io.cardvault.domain.collection;

import java.util.Locale;

/** Which side of its target an alert waits for. */
public enum AlertDirection {
    /** Fires when the price is at or under the target: a buyer waiting for a dip. */
    BELOW,
    /** Fires when the price is at or over the target: a seller waiting for a peak. */
    ABOVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertDirection parse(String text) {
        InvalidCollectionDataException.require(text != null && !text.isBlank(), "condition", "condition is required");
        for (AlertDirection direction : values()) {
            if (direction.code().equalsIgnoreCase(text.strip())) {
                return direction;
            }
        }
        throw new InvalidCollectionDataException("condition", "condition must be below or above: " + text.strip());
    }

    boolean isCrossedBy(int priceComparedToTarget) {
        return this == BELOW ? priceComparedToTarget <= 0 : priceComparedToTarget >= 0;
    }
}
