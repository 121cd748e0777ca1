package io.cardvault.adapter.out.persistence.price;

import io.cardvault.application.port.out.SettleLatestPricesPort;
import io.cardvault.application.port.out.price.LatestPrice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each series' latest price in price_latest, moved only forward (a later day, or the same day with
 * a corrected amount), and the priced-cards counter in price_stat that follows it. Many latest
 * prices at once are bulk-loaded into a session-private staging table and moved with one statement.
 */
@ApplicationScoped
class JdbcLatestPrices implements SettleLatestPricesPort {

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
    /** Rows staged at a time: well inside a MEMORY table's default 16 MB. */
    private static final int STAGE_ROWS = 100_000;

    private final PriceTransactions transactions;
    /** Series a backfill's past days wrote without moving their latest price: the newest such day of each. */
    private final Map<Integer, LocalDate> unsettled = new ConcurrentHashMap<>();

    @Inject
    JdbcLatestPrices(PriceTransactions transactions) {
        this.transactions = transactions;
    }

    /** For CDI's client proxy only. */
    protected JdbcLatestPrices() {
        this.transactions = null;
    }

    @Override
    public void moveLatest(int runId, List<LatestPrice> latest) {
        if (latest.isEmpty()) {
            return;
        }
        transactions.inTransaction(connection -> {
            int newlyPriced = newlyPricedCards(connection, latest);
            loadLatest(connection, runId, latest);
            if (newlyPriced > 0) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("UPDATE price_stat SET value = value + " + newlyPriced
                            + ", updated_at = CURRENT_TIMESTAMP(6) WHERE name = 'priced_cards'");
                }
            }
            return null;
        }, () -> { }, "cannot move " + latest.size() + " latest prices");
    }

    @Override
    public void deferLatest(List<LatestPrice> latest) {
        for (LatestPrice price : latest) {
            unsettled.merge(price.seriesKey(), price.point().day(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    @Override
    public int settleLatest() {
        return transactions.inTransaction(this::settle, () -> { }, "cannot settle the latest prices");
    }

    /**
     * Of the cards whose series get their first latest price, how many had none at all before: the
     * priced-cards counter moves by that many, without counting the whole latest table on every file.
     */
    private static int newlyPricedCards(Connection connection, List<LatestPrice> latest) throws SQLException {
        List<Long> cards = latest.stream().filter(LatestPrice::first).map(price -> price.point().cardId().value()).distinct()
                .toList();
        int pricedBefore = 0;
        for (int from = 0; from < cards.size(); from += PriceSql.ROWS) {
            List<Long> chunk = cards.subList(from, Math.min(from + PriceSql.ROWS, cards.size()));
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(DISTINCT card_id) FROM price_latest "
                    + "WHERE card_id IN (" + PriceSql.placeholders(chunk.size()) + ")")) {
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

    /**
     * New latest prices: few with multi-row upserts; many bulk-loaded into a session-private staging
     * table, then moved with one {@code INSERT … SELECT … ON DUPLICATE KEY UPDATE}, so the rule "the
     * latest only moves forward" is the same for both.
     */
    private static void loadLatest(Connection connection, int runId, List<LatestPrice> latest) throws SQLException {
        if (latest.size() < PriceSql.ROWS) {
            PriceSql.writeChunks(connection, latest, UPSERT_LATEST, "(?,?,?,?,?)", ON_DUPLICATE_LATEST, (statement, p, l) -> {
                statement.setInt(p, l.seriesKey());
                statement.setLong(p + 1, l.point().cardId().value());
                statement.setDate(p + 2, Date.valueOf(l.point().day()));
                statement.setBigDecimal(p + 3, l.point().amount());
                statement.setInt(p + 4, runId);
                return p + 5;
            });
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
                    for (LatestPrice l : latest.subList(from, Math.min(from + STAGE_ROWS, latest.size()))) {
                        load.field(l.seriesKey()).field(l.point().cardId().value()).field(l.point().day())
                                .field(PriceSql.checked(l.point().amount())).field(runId).endRow();
                    }
                }
                sql.executeUpdate("INSERT INTO price_latest (series_id, card_id, day, amount, run_id) "
                        + "SELECT s.series_id, s.card_id, s.day, s.amount, s.run_id FROM price_latest_stage s" + ON_DUPLICATE_STAGED);
                sql.execute("DELETE FROM price_latest_stage");
            }
        }
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
        for (int from = 0; from < ids.size(); from += PriceSql.ROWS) {
            List<Integer> chunk = ids.subList(from, Math.min(from + PriceSql.ROWS, ids.size()));
            Map<Integer, LocalDate> current = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT series_id, day FROM price_latest WHERE series_id IN ("
                    + PriceSql.placeholders(chunk.size()) + ")")) {
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
        for (int from = 0; from < behind.size(); from += PriceSql.ROWS) {
            List<Integer> chunk = behind.subList(from, Math.min(from + PriceSql.ROWS, behind.size()));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO price_latest (series_id, card_id, day, "
                    + "amount, run_id) SELECT p.series_id, s.card_id, p.day, p.amount, p.run_id FROM price_series s "
                    + "JOIN price_point p ON p.series_id = s.id AND p.day = (SELECT MAX(q.day) FROM price_point q "
                    + "WHERE q.series_id = s.id AND q.is_outlier = 0) WHERE s.id IN (" + PriceSql.placeholders(chunk.size()) + ")"
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
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE price_stat SET value = (SELECT COUNT(DISTINCT card_id) FROM price_latest), "
                    + "updated_at = CURRENT_TIMESTAMP(6) WHERE name = 'priced_cards'");
        }
        due.forEach(unsettled::remove);
        return settled;
    }
}
