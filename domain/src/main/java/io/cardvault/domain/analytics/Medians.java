package io.cardvault.domain.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The median of amounts: the middle one, or the mean of the two middle ones (exact, 4 decimals). */
public final class Medians {

    private Medians() {
    }

    public static BigDecimal of(List<BigDecimal> amounts) {
        InvalidAnalyticsInputException.require(!amounts.isEmpty(), "a median needs at least one amount");
        List<BigDecimal> sorted = amounts.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
    }
}
