package io.cardvault.application.port.out;

import io.cardvault.application.port.out.price.JudgedPoint;
import io.cardvault.application.port.out.price.LatestPrice;
import io.cardvault.application.port.out.price.PointWindow;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.MarketPriceType;
import io.cardvault.domain.price.OutlierRule;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceStoreStats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The price store in memory: runs, the backfill's progress, series with their points, latest prices
 * counters and the daily snapshot, behind the same ports (and contracts) as the JDBC adapters. Windows are computed from
 * the stored points every time, so they are what the points say by construction. Not thread-safe
 * beyond the synchronized methods: enough for service tests that fetch ahead on other threads.
 */
public class InMemoryPriceStore implements PriceRunLogPort, BackfillProgressPort, ReadOutlierWindowsPort, WritePricePointsPort,
        SettleLatestPricesPort, LoadPriceStoreStatsPort, TakePriceSnapshotPort {

    private static final int WINDOW = OutlierRule.STANDARD.windowSize();

    /** One ingest run as price_ingest_run holds it. */
    public record Run(int id, String source, String upstream, byte[] sha1, boolean sandbox, String status, int pointsRead,
                      int pointsWritten, String message) {
    }

    private record Row(BigDecimal amount, boolean outlier, int runId) {
    }

    private record Latest(LocalDate day, BigDecimal amount, int runId) {
    }

    private final List<Run> runs = new ArrayList<>();
    private final Map<PriceSeries, Integer> seriesKeys = new HashMap<>();
    private final Map<Integer, Long> cardOfSeries = new HashMap<>();
    private final Map<Integer, NavigableMap<LocalDate, Row>> points = new HashMap<>();
    private final Map<Integer, Latest> latest = new HashMap<>();
    private final Map<Integer, LocalDate> unsettled = new HashMap<>();
    private final Map<Integer, NavigableMap<LocalDate, BigDecimal>> snapshot = new HashMap<>();
    /** The cards with a headline as of the last summary. */
    private final Set<CardId> summarised = new HashSet<>();
    private long pricePoints;
    private long pricedCards;
    private LocalDate backfilledUpTo;
    private int runsEnded;

    // --- run log ---

    @Override
    public synchronized OptionalInt findRunWithContent(PriceSource source, byte[] sha1) {
        return runs.stream().filter(run -> run.source().equals(source.code()) && "ok".equals(run.status())
                && Arrays.equals(run.sha1(), sha1)).mapToInt(Run::id).min();
    }

    @Override
    public synchronized int startRun(PriceSource source, String upstream, byte[] sha1, boolean sandbox) {
        return addRun(source.code(), upstream, sha1, sandbox, "running", null);
    }

    @Override
    public synchronized void finishRun(int runId, RunStatus status, int pointsRead, int pointsWritten, String message) {
        Run run = runs.get(runId - 1);
        runs.set(runId - 1, new Run(runId, run.source(), run.upstream(), run.sha1(), run.sandbox(), code(status), pointsRead,
                pointsWritten, message));
    }

    @Override
    public synchronized int recordFailedRun(PriceSource source, String upstream, boolean sandbox, RunStatus status,
                                            String message) {
        return addRun(source.code(), upstream, null, sandbox, code(status), message);
    }

    /** Every run so far, oldest first (what a test asserts on). */
    public synchronized List<Run> runs() {
        return List.copyOf(runs);
    }

    // --- backfill progress ---

    @Override
    public synchronized void recordBackfillCompleted(boolean sandbox, String message) {
        addRun("backfill", "backfill", null, sandbox, "ok", message);
    }

    @Override
    public synchronized boolean backfillCompleted() {
        return runs.stream().anyMatch(run -> run.source().equals("backfill") && "ok".equals(run.status()));
    }

    @Override
    public synchronized void recordBackfilledDay(LocalDate day) {
        backfilledUpTo = backfilledUpTo == null || day.isAfter(backfilledUpTo) ? day : backfilledUpTo;
    }

    @Override
    public synchronized Optional<LocalDate> lastBackfilledDay() {
        return Optional.ofNullable(backfilledUpTo);
    }

    // --- outlier windows ---

    @Override
    public synchronized List<PointWindow> windowsOf(List<SeriesPoint> batch) {
        List<PointWindow> windows = new ArrayList<>(batch.size());
        for (SeriesPoint point : batch) {
            int key = seriesKeys.computeIfAbsent(point.series(), series -> seriesKeys.size() + 1);
            cardOfSeries.putIfAbsent(key, point.cardId().value());
            NavigableMap<LocalDate, Row> rows = points.getOrDefault(key, new TreeMap<>());
            Optional<Map.Entry<LocalDate, Row>> newestGood = rows.descendingMap().entrySet().stream()
                    .filter(row -> !row.getValue().outlier()).findFirst();
            Optional<LocalDate> latestDay = newestGood.map(Map.Entry::getKey);
            Optional<BigDecimal> latestAmount = newestGood.map(row -> row.getValue().amount());
            boolean intoPast = !rows.isEmpty() && !point.day().isAfter(rows.lastKey());
            if (intoPast) {
                double[] before = recent(rows.headMap(point.day(), false), false);
                windows.add(new PointWindow(key, true, before, Optional.ofNullable(rows.get(point.day())).map(Row::amount),
                        latestDay, latestAmount));
            } else {
                // the JDBC store keeps its windows at float precision; so does this one, to judge alike
                windows.add(new PointWindow(key, false, recent(rows, true), Optional.empty(), latestDay, latestAmount));
            }
        }
        return windows;
    }

    /** Keeps nothing for a run beyond its rows: only counts the signals, for the services' tests. */
    @Override
    public synchronized void runsEnded() {
        runsEnded++;
    }

    /** How many times the runs' end was signalled. */
    public synchronized int runsEndedSignals() {
        return runsEnded;
    }

    private static double[] recent(NavigableMap<LocalDate, Row> rows, boolean asFloat) {
        List<Double> amounts = new ArrayList<>();
        for (Row row : rows.descendingMap().values()) {
            if (amounts.size() == WINDOW) {
                break;
            }
            if (!row.outlier()) {
                amounts.add(asFloat ? (double) row.amount().floatValue() : row.amount().doubleValue());
            }
        }
        double[] oldestFirst = new double[amounts.size()];
        for (int i = 0; i < oldestFirst.length; i++) {
            oldestFirst[i] = amounts.get(oldestFirst.length - 1 - i);
        }
        return oldestFirst;
    }

    // --- point writer ---

    @Override
    public synchronized void write(int runId, List<JudgedPoint> judged) {
        for (JudgedPoint point : judged) {
            if (point.write() == JudgedPoint.Write.NONE) {
                continue;
            }
            NavigableMap<LocalDate, Row> rows = points.computeIfAbsent(point.seriesKey(), key -> new TreeMap<>());
            Row before = rows.get(point.point().day());
            boolean same = before != null && before.amount().compareTo(point.point().amount()) == 0
                    && before.outlier() == point.outlier();
            rows.put(point.point().day(), same ? before : new Row(point.point().amount(), point.outlier(), runId));
            pricePoints += point.write().adds() ? 1 : 0;
        }
    }

    // --- latest prices ---

    @Override
    public synchronized void moveLatest(int runId, List<LatestPrice> prices) {
        Set<Long> pricedBefore = new HashSet<>();
        latest.keySet().forEach(key -> pricedBefore.add(cardOfSeries.get(key)));
        Set<Long> newlyPriced = new HashSet<>();
        for (LatestPrice price : prices) {
            long card = price.point().cardId().value();
            if (price.first() && !pricedBefore.contains(card)) {
                newlyPriced.add(card);
            }
            moveForward(price.seriesKey(), price.point().day(), price.point().amount(), runId);
        }
        pricedCards += newlyPriced.size();
    }

    @Override
    public synchronized void deferLatest(List<LatestPrice> prices) {
        for (LatestPrice price : prices) {
            unsettled.merge(price.seriesKey(), price.point().day(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    @Override
    public synchronized int settleLatest() {
        Set<Integer> behind = new HashSet<>();
        unsettled.forEach((key, day) -> {
            Latest current = latest.get(key);
            if (current == null || current.day().isBefore(day)) {
                behind.add(key);
            }
        });
        points.forEach((key, rows) -> {
            if (!latest.containsKey(key) && rows.values().stream().anyMatch(row -> !row.outlier())) {
                behind.add(key);
            }
        });
        for (Integer key : behind) {
            points.getOrDefault(key, new TreeMap<>()).descendingMap().entrySet().stream()
                    .filter(row -> !row.getValue().outlier()).findFirst()
                    .ifPresent(row -> moveForward(key, row.getKey(), row.getValue().amount(), row.getValue().runId()));
        }
        pricedCards = latest.keySet().stream().map(cardOfSeries::get).distinct().count();
        unsettled.clear();
        return behind.size();
    }

    private void moveForward(int key, LocalDate day, BigDecimal amount, int runId) {
        Latest current = latest.get(key);
        if (current == null || day.isAfter(current.day())
                || (day.equals(current.day()) && amount.compareTo(current.amount()) != 0)) {
            latest.put(key, new Latest(day, amount, runId));
        }
    }

    // --- daily snapshot ---

    @Override
    public synchronized int snapshot(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        seriesKeys.forEach((series, key) -> {
            if (series.isGraded() || series.type() == MarketPriceType.of(series.source())) {
                points.getOrDefault(key, new TreeMap<>()).subMap(from, true, to, true).forEach((day, row) -> {
                    if (!row.outlier()) {
                        snapshot.computeIfAbsent(key, k -> new TreeMap<>()).put(day, row.amount());
                    }
                });
            }
        });
        return (int) snapshot.values().stream().filter(days -> days.containsKey(to)).count();
    }

    @Override
    public synchronized int summarise(LocalDate day) {
        summarised.clear();
        seriesKeys.forEach((series, key) -> {
            Latest price = latest.get(key);
            if (!series.isGraded() && series.type() == MarketPriceType.of(series.source()) && price != null
                    && !price.day().isAfter(day)) {
                summarised.add(new CardId(cardOfSeries.get(key)));
            }
        });
        return summarised.size();
    }

    /** The cards the last summary gave a headline (what a test asserts on). */
    public synchronized Set<CardId> summarisedCards() {
        return Set.copyOf(summarised);
    }

    /** The snapshot's market value of a series on a day, if the snapshot holds one (what a test asserts on). */
    public synchronized Optional<BigDecimal> snapshotAmount(PriceSeries series, LocalDate day) {
        Integer key = seriesKeys.get(series);
        return key == null ? Optional.empty() : Optional.ofNullable(snapshot.getOrDefault(key, new TreeMap<>()).get(day));
    }

    // --- counters ---

    @Override
    public synchronized PriceStoreStats priceStoreStats() {
        long outliers = points.values().stream().flatMap(rows -> rows.values().stream()).filter(Row::outlier).count();
        long ok = runs.stream().filter(run -> "ok".equals(run.status())).count();
        long failed = runs.stream().filter(run -> "failed".equals(run.status()) || "rejected".equals(run.status())).count();
        return new PriceStoreStats(pricePoints, pricedCards, seriesKeys.size(), latest.size(), outliers, ok, failed);
    }

    /** The stored amount of a series on a day, if any (what a test asserts on). */
    public synchronized Optional<BigDecimal> amount(PriceSeries series, LocalDate day) {
        Integer key = seriesKeys.get(series);
        return key == null ? Optional.empty() : Optional.ofNullable(points.getOrDefault(key, new TreeMap<>()).get(day))
                .map(Row::amount);
    }

    /** The series' latest price, if it has one. */
    public synchronized Optional<BigDecimal> latestPrice(PriceSeries series) {
        Integer key = seriesKeys.get(series);
        return key == null ? Optional.empty() : Optional.ofNullable(latest.get(key)).map(Latest::amount);
    }

    private int addRun(String source, String upstream, byte[] sha1, boolean sandbox, String status, String message) {
        int id = runs.size() + 1;
        runs.add(new Run(id, source, upstream, sha1, sandbox, status, 0, 0, message));
        return id;
    }

    private static String code(RunStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
