package io.cardvault.domain.price;

import java.util.Map;

/**
 * The one price type that is a source's "market" value: what the daily snapshot keeps, what a
 * card's headline is built from and what a headline-change event reports. Cardmarket's trend,
 * TCGplayer's market price, PriceCharting's loose (raw US) price, an eBay sold comp.
 */
public final class MarketPriceType {

    private static final Map<PriceSource, PriceType> BY_SOURCE = Map.of(
            PriceSource.CARDMARKET, PriceType.TREND,
            PriceSource.TCGCSV, PriceType.MARKET,
            PriceSource.PRICECHARTING, PriceType.RAW_US,
            PriceSource.EBAY, PriceType.LAST_SOLD,
            PriceSource.CARDTRADER, PriceType.MARKET,
            PriceSource.JUSTTCG, PriceType.MARKET);

    private MarketPriceType() {
    }

    public static PriceType of(PriceSource source) {
        return BY_SOURCE.get(source);
    }
}
