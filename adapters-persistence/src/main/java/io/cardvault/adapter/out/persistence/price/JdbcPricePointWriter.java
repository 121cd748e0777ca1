package io.cardvault.adapter.out.persistence.price;

import io.cardvault.application.port.out.WritePricePointsPort;
import io.cardvault.application.port.out.price.JudgedPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Writes judged price points at bulk speed, flag and all as judged: points newer than everything
 * their series holds with one {@code LOAD DATA … REPLACE} (in primary-key order), points into a
 * series' past with multi-row {@code INSERT … ON DUPLICATE KEY UPDATE} statements of {@value PriceSql#ROWS}
 * rows (an unchanged re-ingest keeps amount, flag and run id as they were); the rows it adds are
 * counted into price_stat, and so is the change in flagged outliers. Then the cached outlier windows
 * advance with what was written.
 */
@ApplicationScoped
class JdbcPricePointWriter implements WritePricePointsPort {

    private static final String UPSERT_POINT = "INSERT INTO price_point (series_id, day, amount, is_outlier, run_id) VALUES ";
    // run_id first: MariaDB assigns left to right, later expressions see the new amount
    private static final String ON_DUPLICATE_POINT = " ON DUPLICATE KEY UPDATE "
            + "run_id = IF(amount = VALUES(amount) AND is_outlier = VALUES(is_outlier), run_id, VALUES(run_id)), "
            + "amount = VALUES(amount), is_outlier = VALUES(is_outlier)";
    private static final String LOAD_POINTS = "REPLACE INTO TABLE price_point CHARACTER SET ascii "
            + "(series_id, day, amount, is_outlier, run_id)";
    private static final Comparator<JudgedPoint> SERIES_THEN_DAY = Comparator.comparingLong(
            point -> (long) point.seriesKey() << 32 | (point.point().day().toEpochDay() & 0xFFFF_FFFFL));

    private final PriceTransactions transactions;
    private final JdbcOutlierWindows windows;

    @Inject
    JdbcPricePointWriter(PriceTransactions transactions, JdbcOutlierWindows windows) {
        this.transactions = transactions;
        this.windows = windows;
    }

    /** For CDI's client proxy only. */
    protected JdbcPricePointWriter() {
        this.transactions = null;
        this.windows = null;
    }

    @Override
    public void write(int runId, List<JudgedPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        List<JudgedPoint> sorted = inKeyOrder(points);
        transactions.onRollback(windows::forget);
        transactions.inTransaction(connection -> {
            write(connection, runId, sorted);
            return null;
        }, windows::forget, "cannot store " + points.size() + " price points");
        windows.advance(sorted);
    }

    /**
     * The points in primary-key order, so the bulk load appends along the key. The judge hands them over
     * in that order already: one pass checks it, and only a caller that did not is copied and sorted.
     */
    private static List<JudgedPoint> inKeyOrder(List<JudgedPoint> points) {
        JudgedPoint previous = null;
        for (JudgedPoint point : points) {
            if (previous != null && SERIES_THEN_DAY.compare(previous, point) > 0) {
                JudgedPoint[] ordered = points.toArray(JudgedPoint[]::new);
                Arrays.sort(ordered, SERIES_THEN_DAY);
                return Arrays.asList(ordered);
            }
            previous = point;
        }
        return points;
    }

    /**
     * Points newer than everything stored for their series (the daily case, and every point of a new
     * series) cannot collide with a stored row: they go in with one bulk load. Points into a series'
     * past (re-ingest, correction) keep the upsert that leaves an unchanged row's run id alone.
     */
    private static void write(Connection connection, int runId, List<JudgedPoint> points) throws SQLException {
        List<JudgedPoint> corrections = new ArrayList<>();
        List<JudgedPoint> updates = new ArrayList<>();
        int added = 0;
        long outliers = 0;
        try (BulkLoad load = new BulkLoad(connection, LOAD_POINTS)) {
            for (JudgedPoint judged : points) {
                added += judged.write().adds() ? 1 : 0;
                outliers += judged.outlier() && judged.write() != JudgedPoint.Write.NONE ? 1 : 0;
                if (judged.write() == JudgedPoint.Write.UPDATE) {
                    updates.add(judged);
                }
                switch (judged.write()) {
                    case APPEND -> load.field(judged.seriesKey()).field(judged.point().day())
                            .field(PriceSql.checked(judged.point().amount())).field(judged.outlier()).field(runId).endRow();
                    case INSERT, UPDATE -> corrections.add(judged);
                    case NONE -> {
                        // stored as it is
                    }
                }
            }
        }
        // an update replaces a stored row whose own flag counted before: only those rows are read back
        outliers -= storedOutliers(connection, updates);
        PriceSql.writeChunks(connection, corrections, UPSERT_POINT, "(?,?,?,?,?)", ON_DUPLICATE_POINT, (statement, p, j) -> {
            statement.setInt(p, j.seriesKey());
            statement.setDate(p + 1, Date.valueOf(j.point().day()));
            statement.setBigDecimal(p + 2, j.point().amount());
            statement.setBoolean(p + 3, j.outlier());
            statement.setInt(p + 4, runId);
            return p + 5;
        });
        if (added > 0) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE price_stat SET value = value + " + added
                        + ", updated_at = CURRENT_TIMESTAMP(6) WHERE name = 'price_points'");
            }
        }
        if (outliers != 0) {
            // no row yet (a store the counter is newer than): the stats reader counts it once and keeps it from then on
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE price_stat SET value = GREATEST(CAST(value AS SIGNED) + " + outliers
                        + ", 0), updated_at = CURRENT_TIMESTAMP(6) WHERE name = '" + PriceSql.OUTLIERS_STAT + "'");
            }
        }
    }

    /** How many of the rows the updates replace are flagged outliers now. */
    private static long storedOutliers(Connection connection, List<JudgedPoint> updates) throws SQLException {
        long flagged = 0;
        for (int from = 0; from < updates.size(); from += PriceSql.ROWS) {
            List<JudgedPoint> chunk = updates.subList(from, Math.min(from + PriceSql.ROWS, updates.size()));
            StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM price_point WHERE is_outlier AND (series_id, day) IN (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?,?)" : ",(?,?)");
            }
            try (PreparedStatement select = connection.prepareStatement(sql.append(')').toString())) {
                int p = 1;
                for (JudgedPoint update : chunk) {
                    select.setInt(p++, update.seriesKey());
                    select.setDate(p++, Date.valueOf(update.point().day()));
                }
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    flagged += rows.getLong(1);
                }
            }
        }
        return flagged;
    }
}
