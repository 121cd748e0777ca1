package io.cardvault.adapter.out.persistence.price;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A series' recent non-outlier history as the outlier rule needs it: its last amounts (oldest
 * first, at most {@code capacity}), the day and amount of its newest non-outlier point (the latest
 * price) or none, and the newest day with any point.
 */
final class SeriesWindow {

    private final float[] amounts;
    private int length;
    private LocalDate lastDay;
    private BigDecimal lastAmount;
    private LocalDate lastSeenDay;

    SeriesWindow(int capacity) {
        this.amounts = new float[capacity];
    }

    /** Appends a non-outlier point that is newer than every point held. */
    void append(LocalDate day, BigDecimal amount) {
        if (length == amounts.length) {
            System.arraycopy(amounts, 1, amounts, 0, length - 1);
            length--;
        }
        amounts[length++] = amount.floatValue();
        lastDay = day;
        lastAmount = amount;
        lastSeenDay = day;
    }

    /** Notes a stored outlier: it is not part of the window, but the series has a point that day. */
    void skipOutlier(LocalDate day) {
        if (lastSeenDay == null || day.isAfter(lastSeenDay)) {
            lastSeenDay = day;
        }
    }

    /** The newest day with any stored point, outlier or not. */
    LocalDate lastSeenDay() {
        return lastSeenDay;
    }

    double[] values() {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = amounts[i];
        }
        return values;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    BigDecimal lastAmount() {
        return lastAmount;
    }
}
