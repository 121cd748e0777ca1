package io.cardvault.adapter.out.persistence.price;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cardvault.application.port.out.LoadPriceStoreStatsPort;
import io.cardvault.application.port.out.StorePricesPort;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.application.port.out.price.StoredPoints;
import io.cardvault.domain.price.OutlierRule;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceStoreStats;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes price points at bulk speed. One {@link #store} call:
 * <ol>
 *   <li>resolves every series id at once ({@link SeriesRegistry}, cached and bounded);</li>
 *   <li>judges each point against its series' window of recent non-outlier amounts
 *       ({@link OutlierRule#STANDARD}); windows are cached per series (bounded like the ids) and loaded
 *       from price_point for series not cached, or when a point is not newer than the window;</li>
 *   <li>bulk-loads the points newer than their series' window ({@code LOAD DATA … REPLACE}) and upserts
 *       the others with multi-row {@code INSERT … ON DUPLICATE KEY UPDATE} statements of {@value #ROWS}
 *       rows (an unchanged re-ingest keeps amount, flag and run id as they were);</li>
 *   <li>moves price_latest to each series' newest non-outlier point (forward only) and adds the new
 *       rows to price_stat.</li>
 * </ol>
 * It joins the caller's JTA transaction in the server; without one (tests, benchmark) it runs one
 * local transaction of its own (Liberty reports auto-commit true even on an enlisted connection,
 * so the transaction registry decides). Windows advanced by a transaction that then
 * rolls back are forgotten.
 */
@ApplicationScoped
class JdbcPriceStore implements StorePricesPort, LoadPriceStoreStatsPort {

    static final int ROWS = 1000;
    /** The source code of the row that marks a completed first-start backfill. */
    static final String BACKFILL = "backfill";
    /** The progress row of the first-start backfill (the job its lease is named after). */
    static final String BACKFILL_JOB = "prices-backfill";
    private static final String UPSERT_POINT = "INSERT INTO price_point (series_id, day, amount, is_outlier, run_id) VALUES ";
    // run_id first: MariaDB assigns left to right, later expressions see the new amount
    private static final String ON_DUPLICATE_POINT = " ON DUPLICATE KEY UPDATE "
            + "run_id = IF(amount = VALUES(amount) AND is_outlier = VALUES(is_outlier), run_id, VALUES(run_id)), "
            + "amount = VALUES(amount), is_outlier = VALUES(is_outlier)";
    private static final String UPSERT_LATEST = "INSERT INTO price_latest (series_id, card_id, day, amount, run_id) VALUES ";
    private static final String ON_DUPLICATE_LATEST = " ON DUPLICATE KEY UPDATE "
            + "run_id = IF(VALUES(day) > day OR (VALUES(day) = day AND VALUES(amount) <> amount), VALUES(run_id), run_id), "
            + "amount = IF(VALUES(day) >= day, VALUES(amount), amount), day = GREATEST(day, VALUES(day))";

    // the same rule with the target's columns named (a bare "day" would be ambiguous beside the staging table's)
    private static final String ON_DUPLICATE_STAGED = " ON DUPLICATE KEY UPDATE "
            + "run_id = IF(VALUES(day) > price_latest.day OR (VALUES(day) = price_latest.day "
            + "AND VALUES(amount) <> price_latest.amount), VALUES(run_id), price_latest.run_id), "
            + "amount = IF(VALUES(day) >= price_latest.day, VALUES(amount), price_latest.amount), "
            + "day = GREATEST(price_latest.day, VALUES(day))";
    private static final String LOAD_POINTS = "REPLACE INTO TABLE price_point CHARACTER SET ascii "
            + "(series_id, day, amount, is_outlier, run_id)";
    /** Rows staged at a time: well inside a MEMORY table's default 16 MB. */
    private static final int STAGE_ROWS = 100_000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");

    private final DataSource dataSource;
    private final SeriesRegistry registry;
    private final OutlierRule rule = OutlierRule.STANDARD;
    /** Per series, its recent non-outlier amounts: bounded like the series ids, reloaded from price_point when evicted. */
    private final Cache<Integer, SeriesWindow> windows;
    /** Series a backfill's past days wrote without moving their latest price: the newest such day of each. */
    private final Map<Integer, LocalDate> unsettled = new ConcurrentHashMap<>();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    JdbcPriceStore(DataSource dataSource, SeriesRegistry registry,
                   @ConfigProperty(name = "CARDVAULT_PRICES_SERIES_CACHE") long cachedSeries) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.windows = Caffeine.newBuilder()
                .maximumSize(cachedSeries)
                // eviction runs on the writing thread: no pool threads the container does not manage
                .executor(Runnable::run)
                .build();
    }

    /** For CDI's client proxy only. */
    protected JdbcPriceStore() {
        this.dataSource = null;
        this.registry = null;
        this.windows = null;
    }

    @Override
    public OptionalInt findRunWithContent(PriceSource source, byte[] sha1) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT MIN(id) FROM price_ingest_run "
                     + "WHERE source = ? AND content_sha1 = ? AND status = 'ok'")) {
            select.setString(1, source.code());
            select.setBytes(2, sha1);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                int id = rows.getInt(1);
                return rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(id);
            }
        } catch (SQLException e) {
            throw new PriceStoreException("cannot read ingest runs", e);
        }
    }

    @Override
    public int startRun(PriceSource source, String upstream, byte[] sha1, boolean sandbox) {
        return insertRun(source, upstream, sha1, sandbox, "running", null);
    }

    @Override
    public int recordFailedRun(PriceSource source, String upstream, boolean sandbox, RunStatus status, String message) {
        int id = insertRun(source, upstream, null, sandbox, status.name().toLowerCase(Locale.ROOT), message);
        return id;
    }

    @Override
    public void finishRun(int runId, RunStatus status, int pointsRead, int pointsWritten, String message) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE price_ingest_run SET status = ?, "
                     + "finished_at = CURRENT_TIMESTAMP(6), points_read = ?, points_written = ?, message = ? WHERE id = ?")) {
            update.setString(1, status.name().toLowerCase(Locale.ROOT));
            update.setInt(2, pointsRead);
            update.setInt(3, pointsWritten);
            update.setString(4, truncate(message));
            update.setInt(5, runId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new PriceStoreException("cannot finish ingest run " + runId, e);
        }
    }

    @Override
    public PriceStoreStats priceStoreStats() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT "
                     + "(SELECT value FROM price_stat WHERE name = 'price_points'), "
                     + "(SELECT value FROM price_stat WHERE name = 'priced_cards'), "
                     + "(SELECT COUNT(*) FROM price_series), (SELECT COUNT(*) FROM price_latest), "
                     + "(SELECT COUNT(*) FROM price_point WHERE is_outlier), "
                     + "(SELECT COUNT(*) FROM price_ingest_run WHERE status = 'ok'), "
                     + "(SELECT COUNT(*) FROM price_ingest_run WHERE status IN ('failed', 'rejected'))");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return new PriceStoreStats(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                    rows.getLong(6), rows.getLong(7));
        } catch (SQLException e) {
            throw new PriceStoreException("cannot count the price store", e);
        }
    }

    @Override
    public void recordBackfillCompleted(boolean sandbox, String message) {
        insertRun(BACKFILL, "backfill", null, sandbox, "ok", message);
    }

    @Override
    public boolean backfillCompleted() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT 1 FROM price_ingest_run "
                     + "WHERE source = 'backfill' AND status = 'ok' LIMIT 1");
             ResultSet rows = select.executeQuery()) {
            return rows.next();
        } catch (SQLException e) {
            throw new PriceStoreException("cannot read ingest runs", e);
        }
    }

    @Override
    public void recordBackfilledDay(LocalDate day) {
        // joins the caller's transaction (the day's last file), like every statement here
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO price_backfill_progress (job, day) "
                     + "VALUES (?, ?) ON DUPLICATE KEY UPDATE day = GREATEST(day, VALUES(day))")) {
            upsert.setString(1, BACKFILL_JOB);
            upsert.setDate(2, Date.valueOf(day));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new PriceStoreException("cannot record the backfill's progress", e);
        }
    }

    @Override
    public Optional<LocalDate> lastBackfilledDay() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT day FROM price_backfill_progress WHERE job = ?")) {
            select.setString(1, BACKFILL_JOB);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getDate(1).toLocalDate()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PriceStoreException("cannot read the backfill's progress", e);
        }
    }

    private int insertRun(PriceSource source, String upstream, byte[] sha1, boolean sandbox, String status, String message) {
        return insertRun(source.code(), upstream, sha1, sandbox, status, message);
    }

    private int insertRun(String source, String upstream, byte[] sha1, boolean sandbox, String status, String message) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO price_ingest_run (source, upstream, "
                     + "content_sha1, sandbox, status, message, finished_at) VALUES (?,?,?,?,?,?,"
                     + ("running".equals(status) ? "NULL" : "CURRENT_TIMESTAMP(6)") + ")", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, source);
            insert.setString(2, upstream.length() > 512 ? upstream.substring(0, 512) : upstream);
            insert.setBytes(3, sha1);
            insert.setBoolean(4, sandbox);
            insert.setString(5, status);
            insert.setString(6, truncate(message));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        } catch (SQLException e) {
            throw new PriceStoreException("cannot record an ingest run of " + source, e);
        }
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
    }

    @Override
    public StoredPoints store(int runId, List<SeriesPoint> points) {
        return store(runId, points, true);
    }

    @Override
    public StoredPoints storeHistory(int runId, List<SeriesPoint> points) {
        return store(runId, points, false);
    }

    private StoredPoints store(int runId, List<SeriesPoint> points, boolean moveLatest) {
        if (points.isEmpty()) {
            return new StoredPoints(0, 0, List.of());
        }
        int[] ids = registry.resolve(points);
        Judged[] judged = new Judged[points.size()];
        for (int i = 0; i < judged.length; i++) {
            judged[i] = new Judged(ids[i], points.get(i));
        }
        Arrays.sort(judged, Comparator.comparingLong(Judged::order));
        forgetWindowsOnRollback();
        return inTransaction(connection -> write(connection, runId, judged, moveLatest),
                "cannot store " + points.size() + " price points");
    }

    /** One unit of work on one connection. */
    @FunctionalInterface
    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in the caller's JTA transaction, where the container commits, or without one
     * (tests, benchmark) in one local transaction. A failure forgets the cached windows either way.
     */
    private <T> T inTransaction(Work<T> work, String failure) {
        boolean local = !inGlobalTransaction();
        try (Connection connection = dataSource.getConnection()) {
            if (local) {
                connection.setAutoCommit(false);
            }
            try {
                T result = work.on(connection);
                if (local) {
                    connection.commit();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                windows.invalidateAll();
                if (local) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (local) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new PriceStoreException(failure, e);
        }
    }

    private StoredPoints write(Connection connection, int runId, Judged[] judged, boolean moveLatest) throws SQLException {
        loadWindows(connection, judged);
        int written = 0;
        int outliers = 0;
        int inserted = 0;
        List<Judged> firstLatest = new ArrayList<>();
        List<Judged> latest = new ArrayList<>();
        List<SeriesPoint> latestChanged = new ArrayList<>();
        Judged newestGood = null;
        BigDecimal latestBefore = null;
        for (int i = 0; i < judged.length; i++) {
            Judged j = judged[i];
            SeriesWindow window = j.window;
            boolean firstOfSeries = i == 0 || judged[i - 1].seriesId != j.seriesId;
            if (firstOfSeries) {
                newestGood = null;
                latestBefore = window.lastAmount();
            }
            LocalDate day = j.point.day();
            BigDecimal amount = j.point.amount();
            if (j.history != null) {
                // not newer than the series' newest stored point: judged against its own stored past
                j.outlier = rule.isOutlier(j.history, j.history.length, amount.doubleValue());
                j.changed = j.existing == null || j.existing.compareTo(amount) != 0;
                inserted += j.existing == null ? 1 : 0;
            } else {
                double[] values = window.values();
                j.outlier = rule.isOutlier(values, values.length, amount.doubleValue());
                j.changed = true;
                inserted++;
                if (j.outlier) {
                    window.skipOutlier(day);
                } else {
                    window.append(day, amount);
                    newestGood = j;
                }
            }
            boolean lastOfSeries = i + 1 == judged.length || judged[i + 1].seriesId != j.seriesId;
            if (lastOfSeries && newestGood != null) {
                latest.add(newestGood);
                if (latestBefore == null) {
                    firstLatest.add(newestGood);
                }
                if (latestBefore == null || latestBefore.compareTo(newestGood.point.amount()) != 0) {
                    latestChanged.add(newestGood.point);
                }
            }
            written += j.changed ? 1 : 0;
            outliers += j.outlier ? 1 : 0;
        }
        upsertPoints(connection, runId, judged);
        if (!moveLatest) {
            // a past day of a backfill: settleLatest moves these series once, after the last day
            for (Judged j : latest) {
                markUnsettled(j);
            }
            for (Judged j : judged) {
                if (j.history != null && j.changed && !j.outlier && j.point.day().equals(j.window.lastDay())) {
                    markUnsettled(j);
                }
            }
            addStats(connection, inserted, 0);
            // no latest price moved, so none changed: the day's headlines are neither counted nor announced
            return new StoredPoints(written, outliers, List.of());
        }
        int newlyPriced = newlyPricedCards(connection, firstLatest);
        loadLatest(connection, runId, latest);
        // a point re-ingested for the latest day with another amount moves the latest price too
        List<Judged> corrected = new ArrayList<>();
        for (Judged j : judged) {
            if (j.history != null && j.changed && !j.outlier && j.point.day().equals(j.window.lastDay())) {
                corrected.add(j);
                latestChanged.add(j.point);
            }
        }
        upsertLatest(connection, runId, corrected);
        addStats(connection, inserted, newlyPriced);
        return new StoredPoints(written, outliers, latestChanged);
    }

    /** Remembers the newest day a backfill wrote for the point's series, for {@link #settleLatest}. */
    private void markUnsettled(Judged j) {
        unsettled.merge(j.seriesId, j.point.day(), (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public int settleLatest() {
        return inTransaction(this::settle, "cannot settle the latest prices");
    }

    /**
     * The series whose latest price is behind the newest day a backfill wrote for them (after its last
     * file most are already at today), plus every series with points and no latest price at all (a
     * backfill cut short by a restart): each gets its newest non-outlier point, moved only forward.
     */
    private int settle(Connection connection) throws SQLException {
        Map<Integer, LocalDate> due = new HashMap<>(unsettled);
        List<Integer> behind = new ArrayList<>();
        List<Integer> ids = new ArrayList<>(due.keySet());
        for (int from = 0; from < ids.size(); from += ROWS) {
            List<Integer> chunk = ids.subList(from, Math.min(from + ROWS, ids.size()));
            Map<Integer, LocalDate> current = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT series_id, day FROM price_latest WHERE series_id IN ("
                    + placeholders(chunk.size()) + ")")) {
                int p = 1;
                for (Integer id : chunk) {
                    select.setInt(p++, id);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        current.put(rows.getInt(1), rows.getDate(2).toLocalDate());
                    }
                }
            }
            for (Integer id : chunk) {
                LocalDate latest = current.get(id);
                if (latest == null || latest.isBefore(due.get(id))) {
                    behind.add(id);
                }
            }
        }
        Set<Integer> seen = new HashSet<>(behind);
        try (PreparedStatement select = connection.prepareStatement("SELECT s.id FROM price_series s WHERE NOT EXISTS "
                + "(SELECT 1 FROM price_latest l WHERE l.series_id = s.id) AND EXISTS (SELECT 1 FROM price_point p "
                + "WHERE p.series_id = s.id AND p.is_outlier = 0)");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (seen.add(rows.getInt(1))) {
                    behind.add(rows.getInt(1));
                }
            }
        }
        int settled = 0;
        for (int from = 0; from < behind.size(); from += ROWS) {
            List<Integer> chunk = behind.subList(from, Math.min(from + ROWS, behind.size()));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO price_latest (series_id, card_id, day, "
                    + "amount, run_id) SELECT p.series_id, s.card_id, p.day, p.amount, p.run_id FROM price_series s "
                    + "JOIN price_point p ON p.series_id = s.id AND p.day = (SELECT MAX(q.day) FROM price_point q "
                    + "WHERE q.series_id = s.id AND q.is_outlier = 0) WHERE s.id IN (" + placeholders(chunk.size()) + ")"
                    + ON_DUPLICATE_STAGED)) {
                int p = 1;
                for (Integer id : chunk) {
                    insert.setInt(p++, id);
                }
                insert.executeUpdate();
            }
            settled += chunk.size();
        }
        // the latest prices a backfill's last file wrote were not counted as new there (their windows were not empty)
        recountPricedCards(connection);
        due.forEach(unsettled::remove);
        return settled;
    }

    /** Points that are not newer than their series' window read their past (and their stored value) from the table. */
    private void loadWindows(Connection connection, Judged[] judged) throws SQLException {
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < judged.length; i++) {
            Judged j = judged[i];
            if (i > 0 && judged[i - 1].seriesId == j.seriesId) {
                j.window = judged[i - 1].window;
                continue;
            }
            SeriesWindow window = windows.getIfPresent(j.seriesId);
            if (window == null && registry.claimNew(j.seriesId)) {
                window = new SeriesWindow(rule.windowSize());
                windows.put(j.seriesId, window);
            }
            if (window == null) {
                unknown.add(j.seriesId);
            }
            j.window = window;
        }
        if (!unknown.isEmpty()) {
            // held here, not looked up again: the cache may already have let some of them go
            Map<Integer, SeriesWindow> loaded = loadLatestWindows(connection, unknown);
            for (int i = 0; i < judged.length; i++) {
                Judged j = judged[i];
                if (j.window != null) {
                    continue;
                }
                if (i > 0 && judged[i - 1].seriesId == j.seriesId) {
                    j.window = judged[i - 1].window;
                } else {
                    j.window = loaded.computeIfAbsent(j.seriesId, id -> new SeriesWindow(rule.windowSize()));
                    windows.put(j.seriesId, j.window);
                }
            }
        }
        for (Judged j : judged) {
            LocalDate last = j.window.lastSeenDay();
            if (last != null && !j.point.day().isAfter(last)) {
                j.history = new double[0];
            }
        }
        loadPasts(connection, judged);
    }

    private Map<Integer, SeriesWindow> loadLatestWindows(Connection connection, List<Integer> seriesIds) throws SQLException {
        Map<Integer, SeriesWindow> loaded = new HashMap<>();
        for (int from = 0; from < seriesIds.size(); from += ROWS) {
            List<Integer> chunk = seriesIds.subList(from, Math.min(from + ROWS, seriesIds.size()));
            String sql = "SELECT series_id, day, amount, is_outlier FROM (SELECT series_id, day, amount, is_outlier, "
                    + "ROW_NUMBER() OVER (PARTITION BY series_id ORDER BY day DESC) AS n FROM price_point WHERE series_id IN ("
                    + placeholders(chunk.size()) + ")) recent WHERE n <= " + rule.windowSize() + " ORDER BY series_id, day";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int p = 1;
                for (Integer id : chunk) {
                    select.setInt(p++, id);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        SeriesWindow window = loaded.computeIfAbsent(rows.getInt(1), id -> new SeriesWindow(rule.windowSize()));
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

    /**
     * For each point re-ingested into its series' past: its stored amount and the window before its
     * day, read for up to {@value #ROWS} series per query (a whole re-ingested guide is one day per series).
     */
    private void loadPasts(Connection connection, Judged[] judged) throws SQLException {
        Map<Integer, List<Judged>> bySeries = new LinkedHashMap<>();
        for (Judged j : judged) {
            if (j.history != null) {
                bySeries.computeIfAbsent(j.seriesId, id -> new ArrayList<>()).add(j);
            }
        }
        List<Integer> ids = new ArrayList<>(bySeries.keySet());
        for (int from = 0; from < ids.size(); from += ROWS) {
            List<Integer> chunk = ids.subList(from, Math.min(from + ROWS, ids.size()));
            LocalDate newest = LocalDate.MIN;
            int perSeries = 0;
            for (Integer id : chunk) {
                for (Judged j : bySeries.get(id)) {
                    newest = j.point.day().isAfter(newest) ? j.point.day() : newest;
                }
                perSeries = Math.max(perSeries, bySeries.get(id).size());
            }
            Map<Integer, List<Object[]>> stored = new HashMap<>();
            String sql = "SELECT series_id, day, amount, is_outlier FROM (SELECT series_id, day, amount, is_outlier, "
                    + "ROW_NUMBER() OVER (PARTITION BY series_id ORDER BY day DESC) AS n FROM price_point WHERE day <= ? "
                    + "AND series_id IN (" + placeholders(chunk.size()) + ")) recent WHERE n <= "
                    + (rule.windowSize() + 1 + perSeries) + " ORDER BY series_id, day DESC";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setDate(1, Date.valueOf(newest));
                int p = 2;
                for (Integer id : chunk) {
                    select.setInt(p++, id);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.computeIfAbsent(rows.getInt(1), id -> new ArrayList<>())
                                .add(new Object[] {rows.getDate(2).toLocalDate(), rows.getBigDecimal(3), rows.getBoolean(4)});
                    }
                }
            }
            for (Integer id : chunk) {
                List<Object[]> rows = stored.getOrDefault(id, List.of());
                for (Judged j : bySeries.get(id)) {
                    List<Double> past = new ArrayList<>();
                    for (Object[] row : rows) { // newest first
                        LocalDate day = (LocalDate) row[0];
                        if (day.equals(j.point.day())) {
                            j.existing = (BigDecimal) row[1];
                        } else if (day.isBefore(j.point.day()) && !(Boolean) row[2] && past.size() < rule.windowSize()) {
                            past.add(((BigDecimal) row[1]).doubleValue());
                        }
                    }
                    double[] history = new double[past.size()];
                    for (int i = 0; i < history.length; i++) {
                        history[i] = past.get(history.length - 1 - i);
                    }
                    j.history = history;
                }
            }
        }
    }

    /**
     * Points newer than everything stored for their series (the daily case, and every point of a new
     * series) cannot collide with a stored row: they go in with one bulk load. Points into a series'
     * past (re-ingest, correction) keep the upsert that leaves an unchanged row's run id alone.
     */
    private void upsertPoints(Connection connection, int runId, Judged[] judged) throws SQLException {
        List<Judged> corrections = new ArrayList<>();
        try (BulkLoad load = new BulkLoad(connection, LOAD_POINTS)) {
            for (Judged j : judged) {
                if (!j.changed) {
                    continue;
                }
                if (j.history != null) {
                    corrections.add(j);
                    continue;
                }
                load.field(j.seriesId).field(j.point.day()).field(checked(j.point.amount())).field(j.outlier).field(runId)
                        .endRow();
            }
        }
        writeChunks(connection, corrections, UPSERT_POINT, "(?,?,?,?,?)", ON_DUPLICATE_POINT, (statement, p, j) -> {
            statement.setInt(p, j.seriesId);
            statement.setDate(p + 1, Date.valueOf(j.point.day()));
            statement.setBigDecimal(p + 2, j.point.amount());
            statement.setBoolean(p + 3, j.outlier);
            statement.setInt(p + 4, runId);
            return p + 5;
        });
    }

    /**
     * New latest prices (one per series that got a newer non-outlier point): bulk-loaded into a
     * session-private staging table, then moved with one {@code INSERT … SELECT … ON DUPLICATE KEY
     * UPDATE}, so the rule "the latest only moves forward" is the same as for single rows.
     */
    private void loadLatest(Connection connection, int runId, List<Judged> latest) throws SQLException {
        if (latest.size() < ROWS) {
            upsertLatest(connection, runId, latest);
            return;
        }
        try (Statement sql = connection.createStatement()) {
            // a temporary table neither commits nor is seen by other sessions; a MEMORY one empties at
            // once (DELETE, not TRUNCATE, which would end the transaction), so it is filled a slice at a time
            sql.execute("CREATE TEMPORARY TABLE IF NOT EXISTS price_latest_stage (series_id INT UNSIGNED NOT NULL, "
                    + "card_id INT UNSIGNED NOT NULL, day DATE NOT NULL, amount DECIMAL(14, 4) NOT NULL, "
                    + "run_id INT UNSIGNED NOT NULL) ENGINE = MEMORY DEFAULT CHARSET = ascii");
            sql.execute("DELETE FROM price_latest_stage");
            for (int from = 0; from < latest.size(); from += STAGE_ROWS) {
                try (BulkLoad load = new BulkLoad(connection, "INTO TABLE price_latest_stage CHARACTER SET ascii "
                        + "(series_id, card_id, day, amount, run_id)")) {
                    for (Judged j : latest.subList(from, Math.min(from + STAGE_ROWS, latest.size()))) {
                        load.field(j.seriesId).field(j.point.cardId().value()).field(j.point.day())
                                .field(checked(j.point.amount())).field(runId).endRow();
                    }
                }
                sql.executeUpdate("INSERT INTO price_latest (series_id, card_id, day, amount, run_id) "
                        + "SELECT s.series_id, s.card_id, s.day, s.amount, s.run_id FROM price_latest_stage s" + ON_DUPLICATE_STAGED);
                sql.execute("DELETE FROM price_latest_stage");
            }
        }
    }

    /** A bulk load would clip an amount wider than the column to a warning; refuse it here, with its value. */
    private static BigDecimal checked(BigDecimal amount) {
        if (amount.scale() > 4 || amount.abs().compareTo(MAX_AMOUNT) >= 0) {
            throw new PriceStoreException("amount does not fit DECIMAL(14, 4): " + amount.toPlainString(), null);
        }
        return amount;
    }

    private void upsertLatest(Connection connection, int runId, List<Judged> latest) throws SQLException {
        writeChunks(connection, latest, UPSERT_LATEST, "(?,?,?,?,?)", ON_DUPLICATE_LATEST, (statement, p, j) -> {
            statement.setInt(p, j.seriesId);
            statement.setLong(p + 1, j.point.cardId().value());
            statement.setDate(p + 2, Date.valueOf(j.point.day()));
            statement.setBigDecimal(p + 3, j.point.amount());
            statement.setInt(p + 4, runId);
            return p + 5;
        });
    }

    private interface RowBinder {
        int bind(PreparedStatement statement, int position, Judged row) throws SQLException;
    }

    /** One prepared statement of {@value #ROWS} rows reused for every full chunk, one more for the rest. */
    private static void writeChunks(Connection connection, List<Judged> rows, String head, String tuple, String tail,
                                    RowBinder binder) throws SQLException {
        int full = rows.size() / ROWS * ROWS;
        if (full > 0) {
            try (PreparedStatement statement = connection.prepareStatement(head + tuples(tuple, ROWS) + tail)) {
                for (int from = 0; from < full; from += ROWS) {
                    int p = 1;
                    for (int i = from; i < from + ROWS; i++) {
                        p = binder.bind(statement, p, rows.get(i));
                    }
                    statement.executeUpdate();
                }
            }
        }
        if (full < rows.size()) {
            try (PreparedStatement statement = connection.prepareStatement(head + tuples(tuple, rows.size() - full) + tail)) {
                int p = 1;
                for (int i = full; i < rows.size(); i++) {
                    p = binder.bind(statement, p, rows.get(i));
                }
                statement.executeUpdate();
            }
        }
    }

    /**
     * Of the cards whose series get their first latest price, how many had none at all before: the
     * priced-cards counter moves by that many, without counting the whole latest table on every file.
     */
    private static int newlyPricedCards(Connection connection, List<Judged> firstLatest) throws SQLException {
        List<Long> cards = firstLatest.stream().map(j -> j.point.cardId().value()).distinct().toList();
        int pricedBefore = 0;
        for (int from = 0; from < cards.size(); from += ROWS) {
            List<Long> chunk = cards.subList(from, Math.min(from + ROWS, cards.size()));
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(DISTINCT card_id) FROM price_latest "
                    + "WHERE card_id IN (" + placeholders(chunk.size()) + ")")) {
                int p = 1;
                for (Long card : chunk) {
                    select.setLong(p++, card);
                }
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    pricedBefore += rows.getInt(1);
                }
            }
        }
        return cards.size() - pricedBefore;
    }

    private static void addStats(Connection connection, int inserted, int pricedCardsAdded) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (inserted > 0) {
                statement.executeUpdate("UPDATE price_stat SET value = value + " + inserted
                        + ", updated_at = CURRENT_TIMESTAMP(6) WHERE name = 'price_points'");
            }
            if (pricedCardsAdded > 0) {
                statement.executeUpdate("UPDATE price_stat SET value = value + " + pricedCardsAdded
                        + ", updated_at = CURRENT_TIMESTAMP(6) WHERE name = 'priced_cards'");
            }
        }
    }

    private static void recountPricedCards(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE price_stat SET value = (SELECT COUNT(DISTINCT card_id) FROM price_latest), "
                    + "updated_at = CURRENT_TIMESTAMP(6) WHERE name = 'priced_cards'");
        }
    }

    private boolean inGlobalTransaction() {
        if (transactions == null) {
            transactions = lookUpTransactions();
        }
        return transactions != null && transactions.getTransactionKey() != null;
    }

    /** The container's registry when {@code @Resource} did not inject it; none outside a container. */
    private static TransactionSynchronizationRegistry lookUpTransactions() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException | RuntimeException noContainer) {
            return null;
        }
    }

    /** In a JTA transaction: if it rolls back, the windows it advanced are no longer true. */
    private void forgetWindowsOnRollback() {
        if (!inGlobalTransaction()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to flush
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    windows.invalidateAll();
                }
            }
        });
    }

    /** Forgets the cached windows and series (tests that recreate the database). */
    void forgetCaches() {
        windows.invalidateAll();
        registry.forget();
    }

    static String placeholders(int count) {
        StringBuilder text = new StringBuilder(count * 2);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "?" : ",?");
        }
        return text.toString();
    }

    private static String tuples(String tuple, int count) {
        StringBuilder text = new StringBuilder(count * (tuple.length() + 1));
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(tuple);
        }
        return text.toString();
    }

    /** One point on its way in, with its series' window and what the rule and the table said about it. */
    private static final class Judged {
        final int seriesId;
        final SeriesPoint point;
        /** Series, then day: the order points are judged and written in. */
        final long order;
        SeriesWindow window;
        double[] history;
        BigDecimal existing;
        boolean outlier;
        boolean changed;

        Judged(int seriesId, SeriesPoint point) {
            this.seriesId = seriesId;
            this.point = point;
            this.order = (long) seriesId << 32 | (point.day().toEpochDay() & 0xFFFF_FFFFL);
        }

        long order() {
            return order;
        }
    }
}
