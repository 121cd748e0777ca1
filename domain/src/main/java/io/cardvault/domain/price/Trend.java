package io.cardvault.domain.price;

/** Where a price series is heading over a window (see {@link PriceAnalysis} for the rule). */
public enum Trend {
    RISING("rising"),
    FALLING("falling"),
    STABLE("stable");

    private final String code;

    Trend(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
