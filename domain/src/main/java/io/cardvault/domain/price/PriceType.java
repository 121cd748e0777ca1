package io.cardvault.domain.price;

import java.util.Optional;

/**
 * What an amount measures. Cardmarket publishes {@code avg, avg1, avg7, avg30, trend, low};
 * {@code raw_eu} is its headline raw value. TCGplayer publishes {@code market, low, mid, high,
 * direct_low}; PriceCharting's loose price is {@code raw_us}; {@code last_sold} is a sold comp.
 * {@code graded} is the amount of a graded series (the grading says which slab). The
 * {@code retail_*} types are PriceCharting's dealer buy/sell prices, kept for the buy/sell
 * spread and never shown as a market price.
 */
public enum PriceType {
    AVG("avg"),
    AVG1("avg1"),
    AVG7("avg7"),
    AVG30("avg30"),
    TREND("trend"),
    LOW("low"),
    RAW_EU("raw_eu"),
    MARKET("market"),
    MID("mid"),
    HIGH("high"),
    DIRECT_LOW("direct_low"),
    RAW_US("raw_us"),
    LAST_SOLD("last_sold"),
    GRADED("graded"),
    RETAIL_LOOSE_BUY("retail_loose_buy"),
    RETAIL_LOOSE_SELL("retail_loose_sell"),
    RETAIL_CIB_BUY("retail_cib_buy"),
    RETAIL_CIB_SELL("retail_cib_sell"),
    RETAIL_NEW_BUY("retail_new_buy"),
    RETAIL_NEW_SELL("retail_new_sell");

    private final String code;

    PriceType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Dealer buy/sell quotes: inputs to the spread, not market prices. */
    public boolean isRetailQuote() {
        return name().startsWith("RETAIL_");
    }

    public static Optional<PriceType> find(String code) {
        return Codes.find(PriceType.class, PriceType::code, code);
    }

    public static PriceType fromCode(String code) {
        return Codes.require(PriceType.class, PriceType::code, code, "price type");
    }
}
