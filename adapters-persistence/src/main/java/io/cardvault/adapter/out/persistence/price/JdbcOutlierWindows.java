package io.cardvault.adapter.out.persistence.price;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cardvault.application.port.out.ReadOutlierWindowsPort;
import io.cardvault.application.port.out.price.JudgedPoint;
import io.cardvault.application.port.out.price.PointWindow;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.price.OutlierRule;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outlier windows of price series, read in bulk: series ids resolved by the {@link SeriesRegistry};
 * per series its recent non-outlier amounts, cached (Caffeine, bounded like the series ids by {@code
 * CARDVAULT_PRICES_SERIES_CACHE}, and let go with them when the runs end or idle: {@link SeriesCachePolicy}) and loaded
 * from price_point for series not cached; for a point not
 * newer than its series' window, the amounts before its day and its stored amount, read from
 * price_point. The cached windows advance with what {@link JdbcPricePointWriter} writes, and are
 * forgotten when that write does not commit.
 */
@ApplicationScoped
class JdbcOutlierWindows implements ReadOutlierWindowsPort {

    /** How many recent amounts a window holds: as many as the outlier rule looks at. */
    static final int WINDOW = OutlierRule.STANDARD.windowSize();
    private static final Logger LOG = Logger.getLogger(JdbcOutlierWindows.class.getName());

    private final DataSource dataSource;
    private final SeriesRegistry registry;
    /** Per series, its recent non-outlier amounts: bounded like the series ids, reloaded from price_point when evicted. */
    private final Cache<Integer, SeriesWindow> windows;
    private final SeriesCachePolicy policy;
    /** When a file last read or advanced windows ({@link SeriesCachePolicy#now}). */
    private volatile long lastUse;

    @Inject
    JdbcOutlierWindows(DataSource dataSource, SeriesRegistry registry,
                       @ConfigProperty(name = "CARDVAULT_PRICES_SERIES_CACHE") long cachedSeries,
                       @ConfigProperty(name = "CARDVAULT_PRICES_SERIES_CACHE_IDLE_MINUTES") long idleMinutes,
                       ManagedScheduledExecutorService scheduler) {
        this(dataSource, registry, SeriesCachePolicy.of(cachedSeries, idleMinutes, scheduler));
    }

    JdbcOutlierWindows(DataSource dataSource, SeriesRegistry registry, SeriesCachePolicy policy) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.policy = policy;
        this.lastUse = policy.now();
        this.windows = Caffeine.newBuilder()
                .maximumSize(policy.capacity())
                // eviction runs on the writing thread: no pool threads the container does not manage
                .executor(Runnable::run)
                .build();
        policy.scheduleChecks(this::releaseIfIdle);
    }

    /** For CDI's client proxy only. */
    protected JdbcOutlierWindows() {
        this.dataSource = null;
        this.registry = null;
        this.windows = null;
        this.policy = null;
    }

    /**
     * Lets the windows and the registry's series go when no file has read or advanced a window for the policy's
     * idle time (the day's run or the backfill is over); run every minute by the policy's scheduler.
     */
    void releaseIfIdle() {
        if (policy.idleSince(lastUse)) {
            release("after " + policy.idle().toMinutes() + " idle minutes");
        }
    }

    /**
     * The runs are over (the backfill wrote its last file, a day's file is stored): the windows and the registry's
     * series go at once. A backfill's million series held ~0.45 GB of heap that the idle check gave back only ten
     * minutes later, while the demo was already being used (issue 21).
     */
    @Override
    public void runsEnded() {
        release("at the end of the run");
    }

    private void release(String when) {
        long windowsHeld = windows.estimatedSize();
        long seriesHeld = registry.cachedSeries();
        if (windowsHeld > 0 || seriesHeld > 0) {
            windows.invalidateAll();
            registry.release();
            LOG.info(() -> "Price series caches let go " + when + ": " + windowsHeld + " outlier windows, " + seriesHeld
                    + " series ids");
        }
    }

    /** The registry whose series ids go with the windows. */
    SeriesRegistry registry() {
        return registry;
    }

    /** How many windows are cached now. */
    long cachedWindows() {
        windows.cleanUp();
        return windows.estimatedSize();
    }

    @Override
    public List<PointWindow> windowsOf(List<SeriesPoint> points) {
        if (points.isEmpty()) {
            return List.of();
        }
        lastUse = policy.now();
        int[] ids = registry.resolve(points);
        SeriesWindow[] of = new SeriesWindow[points.size()];
        // held here, not looked up again: the cache may let some go before this call ends
        Map<Integer, SeriesWindow> held = new HashMap<>();
        Set<Integer> unknown = new LinkedHashSet<>();
        for (int i = 0; i < of.length; i++) {
            SeriesWindow window = windows.getIfPresent(ids[i]);
            if (window == null) {
                window = held.get(ids[i]);
            }
            if (window == null && registry.claimNew(ids[i])) {
                window = new SeriesWindow(WINDOW);
                windows.put(ids[i], window);
                held.put(ids[i], window);
            }
            if (window == null) {
                unknown.add(ids[i]);
            }
            of[i] = window;
        }
        // a connection only when the store must be read: a steady day finds every window cached and nothing into the past
        try (OnDemandConnection connection = new OnDemandConnection(dataSource)) {
            if (!unknown.isEmpty()) {
                Map<Integer, SeriesWindow> loaded = loadLatestWindows(connection.get(), new ArrayList<>(unknown));
                for (Integer id : unknown) {
                    SeriesWindow window = loaded.computeIfAbsent(id, empty -> new SeriesWindow(WINDOW));
                    windows.put(id, window);
                    held.put(id, window);
                }
                for (int i = 0; i < of.length; i++) {
                    if (of[i] == null) {
                        of[i] = held.get(ids[i]);
                    }
                }
            }
            Past[] pasts = new Past[of.length];
            Map<Integer, List<Integer>> intoPast = new LinkedHashMap<>();
            for (int i = 0; i < of.length; i++) {
                LocalDate last = of[i].lastSeenDay();
                if (last != null && !points.get(i).day().isAfter(last)) {
                    intoPast.computeIfAbsent(ids[i], id -> new ArrayList<>()).add(i);
                }
            }
            if (!intoPast.isEmpty()) {
                loadPasts(connection.get(), points, intoPast, pasts);
            }
            PointWindow[] result = new PointWindow[of.length];
            for (int i = 0; i < of.length; i++) {
                SeriesWindow window = of[i];
                Optional<LocalDate> latestDay = Optional.ofNullable(window.lastDay());
                Optional<BigDecimal> latestAmount = Optional.ofNullable(window.lastAmount());
                result[i] = pasts[i] == null
                        ? new PointWindow(ids[i], false, window.values(), Optional.empty(), latestDay, latestAmount)
                        : new PointWindow(ids[i], true, pasts[i].amounts, Optional.ofNullable(pasts[i].stored), latestDay,
                        latestAmount);
            }
            return Arrays.asList(result);
        } catch (SQLException e) {
            throw new PriceStoreException("cannot read the outlier windows of " + points.size() + " price points", e);
        }
    }

    /**
     * Advances the cached windows with points just written (in series and day order): a point newer than
     * its series' window joins it, or, an outlier, only marks the day; a point written into a series'
     * past drops its window, read again from price_point when next needed like one the cache let go.
     */
    void advance(List<JudgedPoint> written) {
        // a file's write counts as use: its windows are not let go between its read and its write
        lastUse = policy.now();
        for (JudgedPoint point : written) {
            if (point.write() == JudgedPoint.Write.INSERT || point.write() == JudgedPoint.Write.UPDATE) {
                windows.invalidate(point.seriesKey());
                continue;
            }
            if (point.write() != JudgedPoint.Write.APPEND) {
                continue;
            }
            // quietly: windowsOf just touched this series; this pass, moving each series in the access order a
            // second time, was a tenth of a steady tcgcsv day's Java time in a profile (maintenance runs on this thread)
            SeriesWindow window = windows.policy().getIfPresentQuietly(point.seriesKey());
            if (window == null) {
                continue;
            }
            if (point.outlier()) {
                window.skipOutlier(point.point().day());
            } else {
                window.append(point.point().day(), point.point().amount());
            }
        }
    }

    /** Forgets every cached window: a write that advanced them did not commit. */
    void forget() {
        windows.invalidateAll();
    }

    private Map<Integer, SeriesWindow> loadLatestWindows(Connection connection, List<Integer> seriesIds) throws SQLException {
        Map<Integer, SeriesWindow> loaded = new HashMap<>();
        for (int from = 0; from < seriesIds.size(); from += PriceSql.ROWS) {
            List<Integer> chunk = seriesIds.subList(from, Math.min(from + PriceSql.ROWS, seriesIds.size()));
            String sql = "SELECT series_id, day, amount, is_outlier FROM (SELECT series_id, day, amount, is_outlier, "
                    + "ROW_NUMBER() OVER (PARTITION BY series_id ORDER BY day DESC) AS n FROM price_point WHERE series_id IN ("
                    + PriceSql.placeholders(chunk.size()) + ")) recent WHERE n <= " + WINDOW + " ORDER BY series_id, day";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int p = 1;
                for (Integer id : chunk) {
                    select.setInt(p++, id);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        SeriesWindow window = loaded.computeIfAbsent(rows.getInt(1), id -> new SeriesWindow(WINDOW));
                        if (rows.getBoolean(4)) {
                            window.skipOutlier(rows.getDate(2).toLocalDate());
                        } else {
                            window.append(rows.getDate(2).toLocalDate(), rows.getBigDecimal(3));
                        }
                    }
                }
            }
        }
        return loaded;
    }

    /** A point into its series' past: the non-outlier amounts before its day (oldest first) and its stored amount. */
    private record Past(double[] amounts, BigDecimal stored) {
    }

    /**
     * For each point re-ingested into its series' past: its stored amount and the window before its
     * day, read for up to {@value PriceSql#ROWS} series per query (a whole re-ingested guide is one day per series).
     */
    private static void loadPasts(Connection connection, List<SeriesPoint> points, Map<Integer, List<Integer>> bySeries,
                                  Past[] pasts) throws SQLException {
        List<Integer> ids = new ArrayList<>(bySeries.keySet());
        for (int from = 0; from < ids.size(); from += PriceSql.ROWS) {
            List<Integer> chunk = ids.subList(from, Math.min(from + PriceSql.ROWS, ids.size()));
            LocalDate newest = LocalDate.MIN;
            int perSeries = 0;
            for (Integer id : chunk) {
                for (int i : bySeries.get(id)) {
                    newest = points.get(i).day().isAfter(newest) ? points.get(i).day() : newest;
                }
                perSeries = Math.max(perSeries, bySeries.get(id).size());
            }
            Map<Integer, List<Stored>> stored = new HashMap<>();
            String sql = "SELECT series_id, day, amount, is_outlier FROM (SELECT series_id, day, amount, is_outlier, "
                    + "ROW_NUMBER() OVER (PARTITION BY series_id ORDER BY day DESC) AS n FROM price_point WHERE day <= ? "
                    + "AND series_id IN (" + PriceSql.placeholders(chunk.size()) + ")) recent WHERE n <= "
                    + (WINDOW + 1 + perSeries) + " ORDER BY series_id, day DESC";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setDate(1, Date.valueOf(newest));
                int p = 2;
                for (Integer id : chunk) {
                    select.setInt(p++, id);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.computeIfAbsent(rows.getInt(1), id -> new ArrayList<>())
                                .add(new Stored(rows.getDate(2).toLocalDate(), rows.getBigDecimal(3), rows.getBoolean(4)));
                    }
                }
            }
            for (Integer id : chunk) {
                List<Stored> rows = stored.getOrDefault(id, List.of());
                for (int i : bySeries.get(id)) {
                    LocalDate day = points.get(i).day();
                    BigDecimal existing = null;
                    List<Double> past = new ArrayList<>();
                    for (Stored row : rows) { // newest first
                        if (row.day.equals(day)) {
                            existing = row.amount;
                        } else if (row.day.isBefore(day) && !row.outlier && past.size() < WINDOW) {
                            past.add(row.amount.doubleValue());
                        }
                    }
                    double[] history = new double[past.size()];
                    for (int k = 0; k < history.length; k++) {
                        history[k] = past.get(history.length - 1 - k);
                    }
                    pasts[i] = new Past(history, existing);
                }
            }
        }
    }

    private record Stored(LocalDate day, BigDecimal amount, boolean outlier) {
    }
}
