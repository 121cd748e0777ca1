package io.cardvault.domain.price;

/**
 * Where a price is heading: {@code rising} when the move is above +2 %, {@code falling} below −2 %,
 * {@code stable} in between (the band absorbs day-to-day noise of a few cents). The history analysis
 * ({@link PriceAnalysis}) measures the move along a fitted line, the analytics along a period change
 * or a forecast; the band is the same for both.
 */
public enum Trend {
    RISING("rising"),
    FALLING("falling"),
    STABLE("stable");

    /** Half-width of the stable band, in percent. */
    public static final double STABLE_BAND_PCT = 2.0;

    private final String code;

    Trend(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The trend of a move given in percent ({@code 2.5} = +2.5 %). */
    public static Trend ofChangePct(double pct) {
        if (pct > STABLE_BAND_PCT) {
            return RISING;
        }
        return pct < -STABLE_BAND_PCT ? FALLING : STABLE;
    }

    /** The trend of a move given as a fraction ({@code 0.025} = +2.5 %). */
    public static Trend ofRelativeMove(double fraction) {
        double band = STABLE_BAND_PCT / 100;
        if (fraction > band) {
            return RISING;
        }
        return fraction < -band ? FALLING : STABLE;
    }
}
