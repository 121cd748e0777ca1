package io.cardvault.domain.collection;

import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.analytics.SourceWeights;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.MarketPriceType;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The one rule by which a collection entry is worth money (docs/analytics.md, "Collection valuation"),
 * in one currency, from the prices given (each series' newest point at the moment valued):
 * <ol>
 *   <li>Price: each source's market type ({@link MarketPriceType}: Cardmarket trend, TCGplayer market,
 *       PriceCharting loose, eBay last sold, CardTrader/JustTCG market). Sources whose own currency is
 *       the valuation's come first, then the rest converted; within each group the heavier
 *       {@link SourceWeights} first. The first source with a convertible price gives the value.</li>
 *   <li>Graded entries take the graded series of their exact company and grade when one has a price;
 *       only when none does are they valued as a raw near-mint copy.</li>
 *   <li>Raw copies: sources publish near-mint values, so other conditions take a fixed factor
 *       ({@link #conditionFactor}).</li>
 *   <li>Variant: the entry's; an entry that names none is worth its card's cheapest priced variant
 *       (the least it can be, since the collector did not say which printing it is).</li>
 *   <li>FX: the newest ECB reference rates; a price that does not convert is not used, and an entry
 *       with no usable price has no value (never zero, never another currency).</li>
 * </ol>
 * The unit value is kept to 4 decimals; the entry's value (times the quantity) is rounded half-up to
 * the currency's minor unit, so a total is the sum of the values shown.
 */
public final class CollectionValuation {

    /** How old a price may be and still count as the price of a later day (sources skip days). */
    public static final int MAX_PRICE_AGE_DAYS = 7;

    private static final Map<CardCondition, BigDecimal> CONDITION_FACTORS = new EnumMap<>(Map.of(
            CardCondition.NM, new BigDecimal("1.00"),
            CardCondition.LP, new BigDecimal("0.85"),
            CardCondition.MP, new BigDecimal("0.70"),
            CardCondition.HP, new BigDecimal("0.50"),
            CardCondition.DMG, new BigDecimal("0.30")));

    private final Currency currency;
    private final Optional<EuroReferenceRates> rates;
    private final List<PriceSource> sourceOrder;

    public CollectionValuation(Currency currency, Optional<EuroReferenceRates> rates) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.rates = Objects.requireNonNull(rates, "rates");
        this.sourceOrder = Arrays.stream(PriceSource.values())
                .sorted(Comparator.comparing((PriceSource source) -> !source.currency().equals(currency))
                        .thenComparing(Comparator.comparingDouble(SourceWeights::weight).reversed())
                        .thenComparing(Enum::ordinal))
                .toList();
    }

    /** Whether amounts can be given in this currency at all: the euro, or a currency the newest ECB day quotes. */
    public static boolean canValueIn(Currency currency, Optional<EuroReferenceRates> rates) {
        return EuroReferenceRates.EUR.equals(currency)
                || rates.flatMap(day -> day.perEuro(currency)).isPresent();
    }

    /** What a raw copy in this condition is worth as a share of a near-mint one. */
    public static BigDecimal conditionFactor(CardCondition condition) {
        return CONDITION_FACTORS.get(condition);
    }

    public Currency currency() {
        return currency;
    }

    /** Zero in the valuation's currency: the start of every total. */
    public Money zero() {
        return Money.zero(currency);
    }

    /**
     * The entry's copies together, from {@code prices} (the card's points, at most one per series);
     * {@code cardVariants} are the card's variants, among which an entry without one is valued.
     */
    public Optional<Money> value(CollectionEntry entry, Collection<VariantId> cardVariants, List<PricePoint> prices) {
        Set<VariantId> candidates = new LinkedHashSet<>();
        entry.variant().ifPresentOrElse(candidates::add, () -> {
            candidates.addAll(cardVariants);
            prices.forEach(point -> candidates.add(point.series().variant()));
        });
        return candidates.stream()
                .flatMap(variant -> unitValue(entry, variant, prices).stream())
                .min(Comparator.naturalOrder())
                .map(unit -> new Money(currency, unit.multiply(BigDecimal.valueOf(entry.quantity()))
                        .setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP)));
    }

    /**
     * Each series' newest point on or before {@code day} and at most {@link #MAX_PRICE_AGE_DAYS} older
     * than it, outliers left out: the prices a day is valued at.
     */
    public static List<PricePoint> pricesOn(LocalDate day, Collection<PricePoint> history) {
        return new PriceTimeline(history).on(day);
    }

    /** A card's stored points indexed by series and day, so valuing many days reads each series once per day. */
    public static final class PriceTimeline {

        private final Map<PriceSeries, NavigableMap<LocalDate, PricePoint>> bySeries = new HashMap<>();

        public PriceTimeline(Collection<PricePoint> history) {
            for (PricePoint point : history) {
                if (!point.outlier()) {
                    bySeries.computeIfAbsent(point.series(), any -> new TreeMap<>()).put(point.asOf(), point);
                }
            }
        }

        /** What {@link #pricesOn} answers for this history. */
        public List<PricePoint> on(LocalDate day) {
            LocalDate oldest = day.minusDays(MAX_PRICE_AGE_DAYS);
            List<PricePoint> newest = new ArrayList<>();
            for (NavigableMap<LocalDate, PricePoint> days : bySeries.values()) {
                Map.Entry<LocalDate, PricePoint> last = days.floorEntry(day);
                if (last != null && !last.getKey().isBefore(oldest)) {
                    newest.add(last.getValue());
                }
            }
            return List.copyOf(newest);
        }
    }

    private Optional<BigDecimal> unitValue(CollectionEntry entry, VariantId variant, List<PricePoint> prices) {
        Optional<Grading> grading = entry.grading();
        if (grading.isPresent()) {
            Optional<BigDecimal> slab = firstConverted(prices, variant,
                    series -> series.isGraded() && series.grading().equals(grading.get()));
            if (slab.isPresent()) {
                return slab;
            }
            return rawNearMint(prices, variant);
        }
        return rawNearMint(prices, variant).map(nearMint -> nearMint.multiply(conditionFactor(entry.condition()))
                .setScale(4, RoundingMode.HALF_UP));
    }

    private Optional<BigDecimal> rawNearMint(List<PricePoint> prices, VariantId variant) {
        return firstConverted(prices, variant,
                series -> !series.isGraded() && series.type() == MarketPriceType.of(series.source()));
    }

    private Optional<BigDecimal> firstConverted(List<PricePoint> prices, VariantId variant,
                                                Predicate<PriceSeries> wanted) {
        for (PriceSource source : sourceOrder) {
            Optional<BigDecimal> converted = prices.stream()
                    .filter(point -> !point.outlier())
                    .filter(point -> point.series().variant().equals(variant) && point.series().source() == source
                            && wanted.test(point.series()))
                    .max(Comparator.comparing(PricePoint::asOf))
                    .flatMap(this::converted);
            if (converted.isPresent()) {
                return converted;
            }
        }
        return Optional.empty();
    }

    private Optional<BigDecimal> converted(PricePoint point) {
        Money amount = point.amount();
        if (amount.currency().equals(currency)) {
            return Optional.of(amount.amount());
        }
        return rates.flatMap(day -> day.convert(amount.amount(), amount.currency(), currency));
    }
}
