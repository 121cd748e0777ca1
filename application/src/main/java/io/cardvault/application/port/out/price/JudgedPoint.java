package io.cardvault.application.port.out.price;

import java.util.Objects;

/**
 * A point as the outlier rule judged it, with what writing it means for its series' row of that day:
 * {@link Write#APPEND} newer than all its series holds, {@link Write#INSERT} a missing day of its past,
 * {@link Write#UPDATE} a stored day with another amount, {@link Write#NONE} the stored day unchanged.
 */
public record JudgedPoint(int seriesKey, SeriesPoint point, boolean outlier, Write write) {

    public enum Write {
        APPEND, INSERT, UPDATE, NONE;

        /** Whether the point adds a row to the store. */
        public boolean adds() {
            return this == APPEND || this == INSERT;
        }
    }

    public JudgedPoint {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(write, "write");
    }
}
