package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.CardPriceSummary;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSnapshot;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.Region;
import io.cardvault.domain.price.SealedPriceSnapshot;
import io.cardvault.domain.price.SetPriceStats;
import io.cardvault.domain.catalogue.SetOverview;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Outgoing port: reads of the stored prices. Outliers and dealer quotes ({@code retail_*}) are never
 * returned as prices; every read goes through an index (one series' day range at most per series).
 */
public interface LoadPricesPort {

    /**
     * The newest non-outlier point of every series of the card (headline reads, never history),
     * each marked {@link PricePoint#sandbox()} when the sandbox market's run produced it.
     */
    List<PricePoint> latestPrices(CardId card);

    /** Raw (ungraded) points of a variant's series in one region since {@code from}. */
    List<PricePoint> regionHistory(VariantId variant, Region region, LocalDate from);

    /** Points of the card's series between two days (inclusive), optionally of one source and some variants (none given: all). */
    List<PricePoint> points(CardId card, Optional<PriceSource> source, Set<VariantId> variants, LocalDate from,
                            LocalDate to);

    /** The newest points of the card's series, newest first, at most {@code limit}. */
    List<PricePoint> newestPoints(CardId card, Optional<PriceSource> source, Set<VariantId> variants, int limit);

    /** The card's daily snapshots since {@code from}, optionally of one source and some variants (none given: all), by day. */
    List<PriceSnapshot> snapshots(CardId card, Optional<PriceSource> source, Set<VariantId> variants, LocalDate from);

    /** A sealed product's daily snapshots since {@code from}, by day then source. */
    List<SealedPriceSnapshot> sealedSnapshots(long productId, LocalDate from);

    /** The pre-aggregated count of stored price points (never a live COUNT). */
    long pricePointCount();

    /** Cards priced in {@code currency} by best price, highest first, optionally of one game. */
    List<CardPriceSummary> mostValuable(Optional<String> gameSlug, Currency currency, int limit);

    /** A set's cards priced in {@code currency}, highest first. */
    List<CardPriceSummary> topOfSet(CardSetId set, Currency currency, int limit);

    /**
     * Cards priced in {@code currency} at or above {@code minPrice} with a seven-day change, largest
     * absolute change first, optionally of one game.
     */
    List<CardPriceSummary> biggestMovers(Optional<String> gameSlug, Currency currency, BigDecimal minPrice, int limit);

    /** Min, max, average and total best price over the set's cards priced in {@code currency}. */
    SetPriceStats setStats(SetOverview set, Currency currency);
}
