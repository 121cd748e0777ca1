package io.cardvault.domain.analytics;

/**
 * Direction of a price: {@code rising} when the change is above +2 %, {@code falling} below −2 %,
 * {@code stable} in between (the band absorbs day-to-day noise of a few cents).
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

    public static Trend ofChangePct(double pct) {
        if (pct > STABLE_BAND_PCT) {
            return RISING;
        }
        return pct < -STABLE_BAND_PCT ? FALLING : STABLE;
    }
}
