package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.CardPriceSummary;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSnapshot;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.Region;
import io.cardvault.domain.price.SealedPriceSnapshot;
import io.cardvault.domain.price.SetPriceStats;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * In-memory fake of the price reads over a small model of the store: series per card, their
 * daily points (some flagged outliers), each series' newest value, the daily snapshots, sealed
 * snapshots and the per-card best-price summaries the rankings read. Dealer quotes and outliers are
 * never returned as prices, as in the MariaDB adapter ({@link LoadPricesPortContract}).
 */
public final class InMemoryPrices implements LoadPricesPort {

    private record Point(Money amount, boolean outlier) {
    }

    private record Latest(LocalDate day, Money amount, boolean sandbox) {
    }

    private final Map<PriceSeries, Long> cardOfSeries = new LinkedHashMap<>();
    private final Map<PriceSeries, TreeMap<LocalDate, Point>> points = new HashMap<>();
    private final Map<PriceSeries, Latest> latest = new LinkedHashMap<>();
    private final Map<Long, List<PriceSnapshot>> snapshots = new HashMap<>();
    private final Map<Long, List<SealedPriceSnapshot>> sealed = new HashMap<>();
    private final Map<Long, CardPriceSummary> summaries = new TreeMap<>();
    private long pointCount;

    /** One day's point of a card's series (the series made on first use). */
    public synchronized void givenPoint(long cardId, PriceSeries series, LocalDate day, BigDecimal amount, boolean outlier) {
        cardOfSeries.put(series, cardId);
        points.computeIfAbsent(series, any -> new TreeMap<>()).put(day, new Point(new Money(series.currency(), amount), outlier));
        pointCount++;
    }

    /** A series' newest value, and whether the sandbox market's run wrote it. */
    public synchronized void givenLatest(long cardId, PriceSeries series, LocalDate day, BigDecimal amount, boolean sandbox) {
        cardOfSeries.put(series, cardId);
        latest.put(series, new Latest(day, new Money(series.currency(), amount), sandbox));
    }

    public synchronized void givenSnapshot(long cardId, PriceSnapshot snapshot) {
        snapshots.computeIfAbsent(cardId, any -> new ArrayList<>()).add(snapshot);
    }

    public synchronized void givenSealedSnapshot(long productId, SealedPriceSnapshot snapshot) {
        sealed.computeIfAbsent(productId, any -> new ArrayList<>()).add(snapshot);
    }

    /** A card's best price and seven-day change, as the daily summary leaves them for the rankings. */
    public synchronized void givenSummary(CardPriceSummary summary) {
        summaries.put(summary.card().id(), summary);
    }

    @Override
    public synchronized List<PricePoint> latestPrices(CardId card) {
        return latest.entrySet().stream()
                .filter(entry -> cardOfSeries.get(entry.getKey()) == card.value() && !entry.getKey().type().isRetailQuote())
                .map(entry -> {
                    PricePoint point = PricePoint.of(entry.getKey(), entry.getValue().day(), entry.getValue().amount());
                    return entry.getValue().sandbox() ? point.fromSandbox() : point;
                }).toList();
    }

    @Override
    public synchronized List<PricePoint> regionHistory(VariantId variant, Region region, LocalDate from) {
        return pointsOf(series -> series.variant().equals(variant) && series.region() == region
                && !"graded".equals(series.type().code()), from, LocalDate.MAX).toList();
    }

    @Override
    public synchronized List<PricePoint> points(CardId card, Optional<PriceSource> source, Set<VariantId> variants,
                                                LocalDate from, LocalDate to) {
        return pointsOf(series -> ofCard(series, card, source, variants), from, to).toList();
    }

    @Override
    public synchronized List<PricePoint> newestPoints(CardId card, Optional<PriceSource> source, Set<VariantId> variants,
                                                      int limit) {
        return pointsOf(series -> ofCard(series, card, source, variants), LocalDate.MIN, LocalDate.MAX)
                .sorted(Comparator.comparing(PricePoint::asOf).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized List<PriceSnapshot> snapshots(CardId card, Optional<PriceSource> source, Set<VariantId> variants,
                                                      LocalDate from) {
        return snapshots.getOrDefault(card.value(), List.of()).stream()
                .filter(snapshot -> source.map(snapshot.source()::equals).orElse(true))
                .filter(snapshot -> variants.isEmpty() || variants.contains(snapshot.variant()))
                .filter(snapshot -> !snapshot.day().isBefore(from))
                .toList();
    }

    @Override
    public synchronized List<SealedPriceSnapshot> sealedSnapshots(long productId, LocalDate from) {
        return sealed.getOrDefault(productId, List.of()).stream().filter(snapshot -> !snapshot.day().isBefore(from))
                .sorted(Comparator.comparing(SealedPriceSnapshot::day).thenComparing(snapshot -> snapshot.source().code()))
                .toList();
    }

    @Override
    public synchronized long pricePointCount() {
        return pointCount;
    }

    @Override
    public synchronized List<CardPriceSummary> mostValuable(Optional<String> gameSlug, Currency currency, int limit) {
        return ranked(summaries(currency).filter(summary -> gameSlug.map(summary.card().gameSlug()::equals).orElse(true)), limit);
    }

    @Override
    public synchronized List<CardPriceSummary> topOfSet(CardSetId set, Currency currency, int limit) {
        return ranked(summaries(currency).filter(summary -> summary.card().setId() == set.value()), limit);
    }

    @Override
    public synchronized List<CardPriceSummary> biggestMovers(Optional<String> gameSlug, Currency currency, BigDecimal minPrice,
                                                             int limit) {
        return summaries(currency)
                .filter(summary -> gameSlug.map(summary.card().gameSlug()::equals).orElse(true))
                .filter(summary -> summary.priceChange7d() != null && summary.bestPrice().amount().compareTo(minPrice) >= 0)
                .sorted(Comparator.comparing((CardPriceSummary summary) -> summary.priceChange7d().abs()).reversed()
                        .thenComparingLong(summary -> summary.card().id()))
                .limit(limit).toList();
    }

    @Override
    public synchronized SetPriceStats setStats(SetOverview set, Currency currency) {
        List<BigDecimal> prices = summaries(currency).filter(summary -> summary.card().setId() == set.id())
                .map(summary -> summary.bestPrice().amount()).toList();
        if (prices.isEmpty()) {
            return new SetPriceStats(set.id(), set.cardCount(), 0, currency, null, null, null, null);
        }
        BigDecimal total = prices.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SetPriceStats(set.id(), set.cardCount(), prices.size(), currency,
                rounded(prices.stream().min(Comparator.naturalOrder()).orElseThrow()),
                rounded(prices.stream().max(Comparator.naturalOrder()).orElseThrow()),
                total.divide(BigDecimal.valueOf(prices.size()), 2, RoundingMode.HALF_EVEN), rounded(total));
    }

    private Stream<PricePoint> pointsOf(java.util.function.Predicate<PriceSeries> which, LocalDate from, LocalDate to) {
        return points.entrySet().stream().filter(entry -> which.test(entry.getKey()) && !entry.getKey().type().isRetailQuote())
                .flatMap(entry -> entry.getValue().subMap(from, true, to, true).entrySet().stream()
                        .filter(day -> !day.getValue().outlier())
                        .map(day -> PricePoint.of(entry.getKey(), day.getKey(), day.getValue().amount())));
    }

    private boolean ofCard(PriceSeries series, CardId card, Optional<PriceSource> source, Set<VariantId> variants) {
        return cardOfSeries.get(series) == card.value() && source.map(series.source()::equals).orElse(true)
                && (variants.isEmpty() || variants.contains(series.variant()));
    }

    private Stream<CardPriceSummary> summaries(Currency currency) {
        return summaries.values().stream().filter(summary -> summary.bestPrice().currency().equals(currency));
    }

    private static List<CardPriceSummary> ranked(Stream<CardPriceSummary> summaries, int limit) {
        return summaries.sorted(Comparator.comparing((CardPriceSummary summary) -> summary.bestPrice().amount())
                        .thenComparingLong(summary -> summary.card().id()).reversed())
                .limit(limit).toList();
    }

    private static BigDecimal rounded(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** A card as the rankings show it, for tests that need only its ids, game, name and set. */
    public static CardOverview card(long cardId, long setId, String gameSlug, String name) {
        return new CardOverview(cardId, setId, gameSlug, name, "1", "1/1", "Rare Holo", "Pokemon", null, null, null, null,
                null, "Base Set", "BS", LocalDate.of(1999, 1, 9), "en");
    }
}
