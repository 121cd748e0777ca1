package io.cardvault.application.service.poketrace;

import io.cardvault.application.port.in.poketrace.CardmarketAverages;
import io.cardvault.application.port.in.poketrace.HistoryKey;
import io.cardvault.application.port.in.poketrace.PriceTier;
import io.cardvault.application.port.in.poketrace.TierHistoryRow;
import io.cardvault.application.port.in.poketrace.TierPrice;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.Region;
import io.cardvault.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How stored series become PokeTrace's sources and tiers (the README's "/v1 price mapping"):
 * <ul>
 *   <li>US {@code tcgplayer}, raw only: TCGplayer's {@code market} price is the {@code NEAR_MINT}
 *       tier's {@code avg}, its {@code low} and {@code high} the tier's low and high (TCGplayer
 *       prices near-mint copies);</li>
 *   <li>US {@code ebay}: eBay's own sold comps where held ({@code last_sold} raw as
 *       {@code NEAR_MINT}, graded as their slab), else PriceCharting's, which are eBay sold-listing
 *       prices: its loose price as {@code NEAR_MINT}, its PSA/BGS/CGC… grades as {@code PSA_10},
 *       {@code BGS_9_5}…; PriceCharting's cross-company grades name no company and are left out;</li>
 *   <li>EU {@code cardmarket}: the price guide's {@code avg}, {@code avg1}, {@code avg7},
 *       {@code avg30} as {@code avg}, {@code avg1d}, {@code avg7d}, {@code avg30d}; the EU
 *       {@code NEAR_MINT} history is the guide's {@code avg} with its {@code low}.</li>
 * </ul>
 * Only the listing's variant counts. A tier is shown only when its average is held; low, high and
 * {@code saleCount} are left out where no source gives them. Nothing is converted or invented.
 */
final class MarketPriceMapping {

    static final String EBAY = "ebay";
    static final String TCGPLAYER = "tcgplayer";
    static final String CARDMARKET = "cardmarket";

    /** Which part of a tier's price a series gives. */
    enum Field { AVG, LOW, HIGH }

    /** Where a series lands: a source, a tier, a field, and its rank (0 beats 1 when two fill one field). */
    record Slot(String source, PriceTier tier, Field field, int rank) {
    }

    private MarketPriceMapping() {
    }

    /** The slot a series fills in {@code market}, if any. */
    static Optional<Slot> slot(PriceSeries series, Region market) {
        PriceSource source = series.source();
        PriceType type = series.type();
        if (market == Region.EU) {
            if (source != PriceSource.CARDMARKET) {
                return Optional.empty();
            }
            return switch (type) {
                case AVG -> Optional.of(new Slot(CARDMARKET, PriceTier.NEAR_MINT, Field.AVG, 0));
                case LOW -> Optional.of(new Slot(CARDMARKET, PriceTier.NEAR_MINT, Field.LOW, 0));
                default -> Optional.empty();
            };
        }
        if (series.isGraded()) {
            int rank = source == PriceSource.EBAY ? 0 : source == PriceSource.PRICECHARTING ? 1 : -1;
            return rank < 0 ? Optional.empty()
                    : PriceTier.of(series.grading()).map(tier -> new Slot(EBAY, tier, Field.AVG, rank));
        }
        return switch (source) {
            case TCGCSV -> switch (type) {
                case MARKET -> Optional.of(new Slot(TCGPLAYER, PriceTier.NEAR_MINT, Field.AVG, 0));
                case LOW -> Optional.of(new Slot(TCGPLAYER, PriceTier.NEAR_MINT, Field.LOW, 0));
                case HIGH -> Optional.of(new Slot(TCGPLAYER, PriceTier.NEAR_MINT, Field.HIGH, 0));
                default -> Optional.empty();
            };
            case EBAY -> type == PriceType.LAST_SOLD
                    ? Optional.of(new Slot(EBAY, PriceTier.NEAR_MINT, Field.AVG, 0)) : Optional.empty();
            case PRICECHARTING -> type == PriceType.RAW_US
                    ? Optional.of(new Slot(EBAY, PriceTier.NEAR_MINT, Field.AVG, 1)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** A tier's fields as filled so far, keeping the best-ranked (then newest) point per field. */
    private static final class Fields {
        private final Map<Field, PricePoint> points = new EnumMap<>(Field.class);
        private final Map<Field, Integer> ranks = new EnumMap<>(Field.class);

        void offer(Field field, int rank, PricePoint point) {
            Integer held = ranks.get(field);
            if (held == null || rank < held || (rank == held && point.asOf().isAfter(points.get(field).asOf()))) {
                points.put(field, point);
                ranks.put(field, rank);
            }
        }

        Optional<TierPrice> price() {
            if (!points.containsKey(Field.AVG)) {
                return Optional.empty();
            }
            return Optional.of(new TierPrice(points.get(Field.AVG).amount(), amount(Field.LOW), amount(Field.HIGH)));
        }

        private Optional<Money> amount(Field field) {
            return Optional.ofNullable(points.get(field)).map(PricePoint::amount);
        }
    }

    /**
     * A US card's tiers per source from its series' latest points: {@code ebay} then
     * {@code tcgplayer}, {@code NEAR_MINT} first then slabs by name; graded tiers only when
     * {@code graded}.
     */
    static Map<String, Map<String, TierPrice>> usTiers(List<PricePoint> latest, VariantId variant, boolean graded) {
        Map<String, Map<PriceTier, Fields>> filled = new TreeMap<>();
        for (PricePoint point : latest) {
            if (!point.series().variant().equals(variant) || (point.series().isGraded() && !graded)) {
                continue;
            }
            slot(point.series(), Region.US).ifPresent(slot -> filled
                    .computeIfAbsent(slot.source(), source -> new TreeMap<>(TIER_ORDER))
                    .computeIfAbsent(slot.tier(), tier -> new Fields()).offer(slot.field(), slot.rank(), point));
        }
        Map<String, Map<String, TierPrice>> tiers = new LinkedHashMap<>();
        filled.forEach((source, bySource) -> bySource.forEach((tier, fields) -> fields.price()
                .ifPresent(price -> tiers.computeIfAbsent(source, s -> new LinkedHashMap<>()).put(tier.name(), price))));
        return tiers;
    }

    /** An EU card's Cardmarket averages from its series' latest points; empty when none is held. */
    static Optional<CardmarketAverages> euAverages(List<PricePoint> latest, VariantId variant) {
        Map<PriceType, Money> averages = new EnumMap<>(PriceType.class);
        for (PricePoint point : latest) {
            PriceSeries series = point.series();
            if (series.variant().equals(variant) && series.source() == PriceSource.CARDMARKET && !series.isGraded()) {
                averages.put(series.type(), point.amount());
            }
        }
        CardmarketAverages found = new CardmarketAverages(Optional.ofNullable(averages.get(PriceType.AVG)),
                Optional.ofNullable(averages.get(PriceType.AVG1)), Optional.ofNullable(averages.get(PriceType.AVG7)),
                Optional.ofNullable(averages.get(PriceType.AVG30)));
        return found.empty() ? Optional.empty() : Optional.of(found);
    }

    /** One tier's daily rows from its series' points, newest day first, then by source name. */
    static List<TierHistoryRow> history(List<PricePoint> points, VariantId variant, Region market, PriceTier tier) {
        Map<HistoryKey, Fields> days = new TreeMap<>(Comparator.comparing(HistoryKey::date).reversed()
                .thenComparing(HistoryKey::source));
        for (PricePoint point : points) {
            if (!point.series().variant().equals(variant)) {
                continue;
            }
            slot(point.series(), market).filter(slot -> slot.tier().equals(tier)).ifPresent(slot -> days
                    .computeIfAbsent(new HistoryKey(point.asOf(), slot.source()), key -> new Fields())
                    .offer(slot.field(), slot.rank(), point));
        }
        List<TierHistoryRow> rows = new ArrayList<>();
        days.forEach((key, fields) -> fields.price().ifPresent(price ->
                rows.add(new TierHistoryRow(key.date(), key.source(), price.avg(), price.low(), price.high()))));
        return rows;
    }

    /** Whether {@code row} comes after {@code key} in history order (older day, or same day and a later source). */
    static boolean after(TierHistoryRow row, HistoryKey key) {
        LocalDate date = row.date();
        return date.isBefore(key.date()) || (date.equals(key.date()) && row.source().compareTo(key.source()) > 0);
    }

    private static final Comparator<PriceTier> TIER_ORDER = Comparator.comparing((PriceTier tier) -> tier.graded())
            .thenComparing(PriceTier::name);
}
