package io.cardvault.domain.analytics;

import io.cardvault.domain.price.PriceSource;

/**
 * How much each source's price counts when sources are compared. Cardmarket (2.0) and TCGplayer
 * (1.5) are live order books with thousands of listings; eBay sold comps (1.2) are real sales but
 * few and noisy; CardTrader (1.0) is a smaller book; PriceCharting and JustTCG (0.8) republish
 * aggregates of other markets, so they corroborate more than they lead.
 */
public final class SourceWeights {

    private SourceWeights() {
    }

    public static double weight(PriceSource source) {
        return switch (source) {
            case CARDMARKET -> 2.0;
            case TCGCSV -> 1.5;
            case EBAY -> 1.2;
            case CARDTRADER -> 1.0;
            case PRICECHARTING, JUSTTCG -> 0.8;
        };
    }
}
