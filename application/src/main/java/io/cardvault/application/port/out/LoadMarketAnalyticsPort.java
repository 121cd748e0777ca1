package io.cardvault.application.port.out;

import io.cardvault.application.port.out.analytics.CardMarketHistory;
import io.cardvault.application.port.out.analytics.ResolvedScope;
import io.cardvault.application.port.out.analytics.SourcePriceFilter;
import io.cardvault.application.port.out.analytics.SourcePriceCounts;
import io.cardvault.application.port.out.analytics.VariantSelection;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.MarketTotals;
import io.cardvault.domain.analytics.SourcePrice;
import io.cardvault.domain.analytics.PriceHistory;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Outgoing port: the price store as market analytics read it (daily snapshots, newest values, dealer quotes, counters). */
public interface LoadMarketAnalyticsPort {

    Optional<MarketCard> card(CardId card);

    /** The card's variant a scope names (auto: the ungraded variant with the most snapshots), if it has one. */
    Optional<ResolvedScope> resolve(CardId card, AnalyticsScope scope);

    Optional<ResolvedScope> select(CardId card, VariantSelection selection);

    /** Daily snapshots of one variant (raw, or one slab) per source, from {@code since} on. */
    Map<PriceSource, PriceHistory> histories(CardId card, long variantId, Optional<Grading> grading, LocalDate since);

    /** PriceCharting's newest dealer buy/sell quotes of one variant (raw). */
    Map<PriceType, BigDecimal> retailQuotes(CardId card, long variantId);

    /** Every priced card's raw snapshots since {@code since}, card by card, in card id order. */
    void forEachCardHistory(LocalDate since, Consumer<CardMarketHistory> consumer);

    MarketTotals totals();

    /**
     * One page of newest headline values (priceEur still null: the caller converts), by card id, then
     * series; read along an index, so a page costs its offset plus its length, never the whole store.
     */
    List<SourcePrice> sourcePrices(SourcePriceFilter filter, int limit, int offset);

    /** Every newest headline value counted by source and finish: a whole-store read, for the background recompute only. */
    SourcePriceCounts sourcePriceCounts();
}
