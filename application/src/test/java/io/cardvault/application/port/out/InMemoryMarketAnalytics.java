package io.cardvault.application.port.out;

import io.cardvault.application.port.out.analytics.CardMarketHistory;
import io.cardvault.application.port.out.analytics.ResolvedScope;
import io.cardvault.application.port.out.analytics.SourcePriceCounts;
import io.cardvault.application.port.out.analytics.SourcePriceFilter;
import io.cardvault.application.port.out.analytics.VariantSelection;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.analytics.DailyPrice;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.MarketTotals;
import io.cardvault.domain.analytics.PriceHistory;
import io.cardvault.domain.analytics.SourcePrice;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * In-memory fake of the analytics reads over a small model of the price store: card facts,
 * variants (language, print run, finish), daily snapshots per (source, variant, grading, day) and
 * each series' newest value. The rules (auto variant, headline series, best-covered variant) are
 * the MariaDB adapter's, checked by {@link LoadMarketAnalyticsPortContract} on both.
 */
public final class InMemoryMarketAnalytics implements LoadMarketAnalyticsPort {

    /** Each source's headline price type: the value its list shows. */
    public static final Map<PriceSource, PriceType> HEADLINE_TYPES = Map.of(PriceSource.CARDMARKET, PriceType.TREND,
            PriceSource.TCGCSV, PriceType.MARKET, PriceSource.PRICECHARTING, PriceType.RAW_US, PriceSource.EBAY,
            PriceType.LAST_SOLD, PriceSource.CARDTRADER, PriceType.MARKET, PriceSource.JUSTTCG, PriceType.MARKET);

    private record Variant(long id, long cardId, String language, String printRun, String finish) {
    }

    private record SnapshotKey(long cardId, PriceSource source, long variantId, String company, String grade, LocalDate day) {
    }

    private record Snapshot(Currency currency, BigDecimal price) {
    }

    private record Latest(long seriesId, long cardId, long variantId, PriceSource source, PriceType type, Currency currency,
                          BigDecimal amount, LocalDate day) {
    }

    private final Map<Long, MarketCard> cards = new TreeMap<>();
    private final Map<Long, String> gameOfCard = new HashMap<>();
    private final Map<Long, Variant> variants = new TreeMap<>();
    private final Map<SnapshotKey, Snapshot> snapshots = new LinkedHashMap<>();
    private final List<Latest> latest = new ArrayList<>();
    private MarketTotals counters = new MarketTotals(0, 0, 0, 0, List.of(), null);
    private int historyReads;
    private int streams;
    private int sourcePageReads;

    public synchronized void givenCard(MarketCard card) {
        cards.put(card.id(), card);
        gameOfCard.put(card.id(), card.tcgSlug());
    }

    public synchronized void givenVariant(long cardId, long variantId, String language, String printRun, String finish) {
        variants.put(variantId, new Variant(variantId, cardId, language, printRun, finish));
    }

    /** One day's snapshot of a series; {@code grading} empty for raw. */
    public synchronized void givenSnapshot(long cardId, long variantId, PriceSource source, Optional<Grading> grading,
                                           LocalDate day, Currency currency, BigDecimal price) {
        snapshots.put(new SnapshotKey(cardId, source, variantId, grading.map(slab -> slab.company().code()).orElse(""),
                grading.map(Grading::grade).orElse(""), day), new Snapshot(currency, price));
    }

    /** A series' newest value (replacing an older one of the same series). */
    public synchronized void givenLatest(long cardId, long variantId, PriceSource source, PriceType type, Currency currency,
                                         BigDecimal amount, LocalDate day) {
        Optional<Latest> existing = latest.stream().filter(row -> row.variantId() == variantId && row.source() == source
                && row.type() == type).findFirst();
        long seriesId = existing.map(Latest::seriesId).orElse((long) latest.size() + 1);
        existing.ifPresent(latest::remove);
        latest.add(new Latest(seriesId, cardId, variantId, source, type, currency, amount, day));
        latest.sort(Comparator.comparingLong(Latest::seriesId));
    }

    /** A card with one unlimited English normal variant and a raw daily history in one source (the services' usual fixture). */
    public synchronized void givenHistory(MarketCard card, long variantId, PriceSource source, PriceHistory history) {
        givenCard(card);
        variants.putIfAbsent(variantId, new Variant(variantId, card.id(), "en", "unlimited", "normal"));
        history.points().forEach(point -> givenSnapshot(card.id(), variantId, source, Optional.empty(), point.day(),
                history.currency(), point.price()));
    }

    /** The store's counters (cards, price points, sets, last ingest) as the adapter reads them from its counter tables. */
    public synchronized void givenCounters(long cards, long pricePoints, long sets, Instant lastIngest) {
        counters = new MarketTotals(cards, pricePoints, sets, 0, List.of(), lastIngest);
    }

    @Override
    public synchronized Optional<MarketCard> card(CardId card) {
        return Optional.ofNullable(cards.get(card.value()));
    }

    @Override
    public synchronized Optional<ResolvedScope> resolve(CardId card, AnalyticsScope scope) {
        String company = scope.grading().map(slab -> slab.company().code()).orElse("");
        String grade = scope.grading().map(Grading::grade).orElse("");
        if (scope.exactVariant().isPresent()) {
            return Optional.ofNullable(variants.get(scope.exactVariant().get().value()))
                    .filter(variant -> variant.cardId() == card.value())
                    .map(variant -> new ResolvedScope(variant.id(), slug(variant)));
        }
        if (scope.isAuto()) {
            Map<Long, Long> counts = snapshots.keySet().stream()
                    .filter(key -> key.cardId() == card.value() && key.company().equals(company) && key.grade().equals(grade))
                    .collect(Collectors.groupingBy(SnapshotKey::variantId, TreeMap::new, Collectors.counting()));
            return counts.entrySet().stream().max(Map.Entry.<Long, Long>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(best -> new ResolvedScope(best.getKey(), slug(variants.get(best.getKey()))));
        }
        return variants.values().stream()
                .filter(variant -> variant.cardId() == card.value() && variant.printRun().equals(scope.printRun())
                        && variant.finish().equals(scope.finish()))
                .min(Comparator.comparingLong((Variant variant) -> -snapshotCount(variant, company, grade))
                        .thenComparingLong(Variant::id))
                .map(variant -> new ResolvedScope(variant.id(), scope.variant()));
    }

    @Override
    public synchronized Optional<ResolvedScope> select(CardId card, VariantSelection selection) {
        return variants.values().stream()
                .filter(variant -> variant.cardId() == card.value() && variant.language().equals(selection.language())
                        && variant.printRun().equals(selection.printRun()) && selection.finishes().contains(variant.finish()))
                .min(Comparator.comparingInt((Variant variant) -> selection.finishes().indexOf(variant.finish()))
                        .thenComparingLong(variant -> -snapshotCount(variant, "", ""))
                        .thenComparingLong(Variant::id))
                .map(variant -> new ResolvedScope(variant.id(), slug(variant)));
    }

    @Override
    public synchronized Map<PriceSource, PriceHistory> histories(CardId card, long variantId, Optional<Grading> grading,
                                                                 LocalDate since) {
        historyReads++;
        String company = grading.map(slab -> slab.company().code()).orElse("");
        String grade = grading.map(Grading::grade).orElse("");
        Map<PriceSource, TreeMap<LocalDate, Snapshot>> bySource = new EnumMap<>(PriceSource.class);
        snapshots.forEach((key, snapshot) -> {
            if (key.cardId() == card.value() && key.variantId() == variantId && key.company().equals(company)
                    && key.grade().equals(grade) && !key.day().isBefore(since)) {
                bySource.computeIfAbsent(key.source(), any -> new TreeMap<>()).put(key.day(), snapshot);
            }
        });
        Map<PriceSource, PriceHistory> histories = new EnumMap<>(PriceSource.class);
        bySource.forEach((source, days) -> histories.put(source, history(days)));
        return histories;
    }

    @Override
    public synchronized Map<PriceType, BigDecimal> retailQuotes(CardId card, long variantId) {
        Map<PriceType, BigDecimal> quotes = new EnumMap<>(PriceType.class);
        latest.stream().filter(row -> row.cardId() == card.value() && row.variantId() == variantId
                        && row.source() == PriceSource.PRICECHARTING && row.type().isRetailQuote())
                .forEach(row -> quotes.put(row.type(), row.amount()));
        return quotes;
    }

    @Override
    public synchronized void forEachCardHistory(LocalDate since, Consumer<CardMarketHistory> consumer) {
        streams++;
        Map<Long, Map<Long, Map<PriceSource, TreeMap<LocalDate, Snapshot>>>> byCard = new TreeMap<>();
        snapshots.forEach((key, snapshot) -> {
            if (key.company().isEmpty() && key.grade().isEmpty() && !key.day().isBefore(since)) {
                byCard.computeIfAbsent(key.cardId(), any -> new TreeMap<>()).computeIfAbsent(key.variantId(), any -> new EnumMap<>(PriceSource.class))
                        .computeIfAbsent(key.source(), any -> new TreeMap<>()).put(key.day(), snapshot);
            }
        });
        byCard.forEach((cardId, byVariant) -> {
            MarketCard card = cards.get(cardId);
            if (card == null) {
                return;
            }
            Map.Entry<Long, Map<PriceSource, TreeMap<LocalDate, Snapshot>>> best = byVariant.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<Long, Map<PriceSource, TreeMap<LocalDate, Snapshot>>> entry) ->
                                    entry.getValue().values().stream().mapToInt(Map::size).sum())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow();
            Map<PriceSource, PriceHistory> bySource = new EnumMap<>(PriceSource.class);
            best.getValue().forEach((source, days) -> bySource.put(source, history(days)));
            Variant variant = variants.get(best.getKey());
            consumer.accept(new CardMarketHistory(card, variant == null ? "normal" : slug(variant), bySource));
        });
    }

    @Override
    public synchronized MarketTotals totals() {
        List<String> sources = new TreeSet<>(latest.stream().map(row -> row.source().code()).toList()).stream().toList();
        int games = (int) latest.stream().map(row -> gameOfCard.get(row.cardId())).filter(java.util.Objects::nonNull).distinct().count();
        return new MarketTotals(counters.totalCards(), counters.totalPrices(), counters.totalSets(), games, sources,
                counters.lastUpdate());
    }

    @Override
    public synchronized List<SourcePrice> sourcePrices(SourcePriceFilter filter, int limit, int offset) {
        sourcePageReads++;
        return headlines(filter).stream()
                .sorted(Comparator.comparingLong(Latest::cardId).thenComparingLong(Latest::seriesId))
                .skip(offset).limit(limit)
                .map(row -> {
                    Variant variant = variants.get(row.variantId());
                    return new SourcePrice(row.cardId(), cards.get(row.cardId()).name(), row.source().code(), slug(variant),
                            foilStatus(variant.finish()), row.amount(), row.currency(), null, row.day());
                }).toList();
    }

    @Override
    public synchronized SourcePriceCounts sourcePriceCounts() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        headlines(new SourcePriceFilter(Optional.empty(), List.of())).forEach(row -> counts
                .computeIfAbsent(row.source().code(), any -> new HashMap<>())
                .merge(variants.get(row.variantId()).finish(), 1L, Long::sum));
        return new SourcePriceCounts(counts);
    }

    /** Reads of one card's histories, streams of every card's and source-price pages, for tests of what a cache saved. */
    public synchronized int historyReads() {
        return historyReads;
    }

    public synchronized int streams() {
        return streams;
    }

    public synchronized int sourcePageReads() {
        return sourcePageReads;
    }

    private List<Latest> headlines(SourcePriceFilter filter) {
        return latest.stream()
                .filter(row -> HEADLINE_TYPES.get(row.source()) == row.type())
                .filter(row -> filter.source().map(row.source().code()::equals).orElse(true))
                .filter(row -> filter.finishes().isEmpty() || filter.finishes().contains(variants.get(row.variantId()).finish()))
                .toList();
    }

    private long snapshotCount(Variant variant, String company, String grade) {
        return snapshots.keySet().stream().filter(key -> key.cardId() == variant.cardId() && key.variantId() == variant.id()
                && key.company().equals(company) && key.grade().equals(grade)).count();
    }

    private static PriceHistory history(TreeMap<LocalDate, Snapshot> days) {
        Currency currency = days.firstEntry().getValue().currency();
        return new PriceHistory(currency, days.entrySet().stream()
                .map(day -> new DailyPrice(day.getKey(), day.getValue().price())).toList());
    }

    /** The routes' variant slug: {@code normal}, {@code holo}, {@code reverse_holo}, prefixed by a non-unlimited print run. */
    static String slug(Variant variant) {
        String name = switch (variant.finish()) {
            case "holofoil" -> "holo";
            case "reverse_holofoil" -> "reverse_holo";
            default -> variant.finish();
        };
        return "unlimited".equals(variant.printRun()) ? name : variant.printRun() + "_" + name;
    }

    static String foilStatus(String finish) {
        return switch (finish) {
            case "normal" -> "nonfoil";
            case "etched" -> "etched";
            default -> "foil";
        };
    }
}
