package io.cardvault.application.port.in.price;

/**
 * Use case: a card's sales. No per-sale rows are ingested, so this is always the spec's fallback:
 * medians per time bucket of the PriceCharting, TCGplayer and eBay daily values, newest first.
 */
public interface ListSalesUseCase {

    CardPriceView<SalesBucket> sales(SalesQuery query);

    /** Bucket length for a window: one day up to 30 days, a week up to 180, else 30 days. */
    static int bucketDays(int windowDays) {
        return windowDays <= 30 ? 1 : windowDays <= 180 ? 7 : 30;
    }
}
