package io.cardvault.domain.analytics;

import java.util.OptionalDouble;

/**
 * A delta is an anomaly when it is larger than the series' own noise can explain: under a random
 * walk with daily volatility σ a move over {@code d} days has a spread of {@code σ·√d}, so a
 * change with {@code |pct| > max(20, 400·σ·√d)} (four such spreads, never less than 20 %) is
 * flagged. Without a volatility (fewer than three points) only moves beyond 50 % are flagged.
 */
public final class DeltaAnomaly {

    static final double FLOOR_PCT = 20.0;
    static final double SIGMAS = 4.0;
    static final double WITHOUT_VOLATILITY_PCT = 50.0;

    private DeltaAnomaly() {
    }

    public static boolean isAnomaly(double pct, int days, OptionalDouble dailyVolatility) {
        double threshold = dailyVolatility.isPresent()
                ? Math.max(FLOOR_PCT, SIGMAS * 100 * dailyVolatility.getAsDouble() * Math.sqrt(days))
                : WITHOUT_VOLATILITY_PCT;
        return Math.abs(pct) > threshold;
    }
}
