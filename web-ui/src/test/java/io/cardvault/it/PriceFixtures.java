package io.cardvault.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Price rows for the price ITs, written straight into the IT server's embedded MariaDB until the
 * ingest half (issue 4) lands: then these tests should read sandbox-ingested data instead and this
 * class goes. Everything a price IT relies on is here: Base Set Blastoise (variant = its first)
 * gets 400 days of Cardmarket trend (200.0 today, 0.1 less per day back, one outlier of 9999
 * yesterday-but-one), ten days of every other series, snapshots like the daily job writes them,
 * and USD summaries for Blastoise, Venusaur and Alakazam (Charizard stays unpriced: other ITs say so),
 * and a sealed product of mtg with three snapshots.
 */
final class PriceFixtures {

    static final int TREND_DAYS = 400;
    static final int RECENT_DAYS = 10;
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** What the fixture wrote, for the assertions. */
    record Fixture(long cardId, long setId, long variantId, String finish, long sealedId, long otherCardVariant,
                   long venusaurId, long alakazamId, long points) {
    }

    private static Fixture fixture;

    private PriceFixtures() {
    }

    /** Writes the rows once per test JVM (replacing any of an earlier run) and says what they are. */
    static synchronized Fixture install() {
        if (fixture == null) {
            try (Connection db = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
                    + System.getProperty("cardvault.it.dbPort", "3317") + "/cardvault?user=root&sslMode=disable")) {
                fixture = write(db);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write the price fixture", e);
            }
        }
        return fixture;
    }

    static BigDecimal trendOn(LocalDate day) {
        return new BigDecimal("200.0").subtract(new BigDecimal("0.1").multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(day, TODAY))));
    }

    private static Fixture write(Connection db) throws SQLException {
        long blastoise = cardId(db, "Blastoise");
        long venusaur = cardId(db, "Venusaur");
        long alakazam = cardId(db, "Alakazam");
        long setId = single(db, "SELECT set_id FROM card WHERE id = " + blastoise);
        long variant = single(db, "SELECT MIN(v.id) FROM variant v JOIN printing p ON p.id = v.printing_id WHERE p.card_id = " + blastoise);
        long otherVariant = single(db, "SELECT MIN(v.id) FROM variant v JOIN printing p ON p.id = v.printing_id WHERE p.card_id = " + venusaur);
        String finish;
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT finish FROM variant WHERE id = " + variant)) {
            rows.next();
            finish = rows.getString(1);
        }
        try (Statement sql = db.createStatement()) {
            String cards = blastoise + "," + venusaur + "," + alakazam;
            sql.execute("DELETE p FROM price_point p JOIN price_series s ON s.id = p.series_id WHERE s.card_id IN (" + cards + ")");
            sql.execute("DELETE FROM price_latest WHERE card_id IN (" + cards + ")");
            sql.execute("DELETE FROM price_series WHERE card_id IN (" + cards + ")");
            sql.execute("DELETE FROM price_snapshot WHERE card_id IN (" + cards + ")");
            sql.execute("DELETE FROM card_price_summary WHERE card_id IN (" + cards + ")");
            // the IT database outlives a run: drop this fixture's sealed products of earlier runs too
            sql.execute("DELETE sp FROM sealed_price_snapshot sp JOIN sealed_product p ON p.id = sp.sealed_product_id "
                    + "WHERE p.name LIKE '%(IT fixture)'");
            sql.execute("DELETE FROM sealed_product WHERE name LIKE '%(IT fixture)'");
            sql.execute("INSERT INTO price_ingest_run (source, upstream, sandbox, status) VALUES ('cardmarket', 'PriceFixtures (IT)', 0, 'done')");
        }
        long run = single(db, "SELECT MAX(id) FROM price_ingest_run");
        List<Object[]> series = List.of(
                new Object[] {"cardmarket", "eu", "trend", "", "", "EUR"},
                new Object[] {"cardmarket", "eu", "low", "", "", "EUR"},
                new Object[] {"pricecharting", "us", "raw_us", "", "", "USD"},
                new Object[] {"tcgcsv", "us", "market", "", "", "USD"},
                new Object[] {"tcgcsv", "us", "low", "", "", "USD"},
                new Object[] {"pricecharting", "us", "graded", "psa", "10", "USD"},
                new Object[] {"pricecharting", "us", "graded", "other", "9", "USD"},
                new Object[] {"pricecharting", "us", "graded", "other", "pc17", "USD"},
                new Object[] {"pricecharting", "us", "retail_loose_buy", "", "", "USD"},
                new Object[] {"ebay", "us", "last_sold", "", "", "USD"},
                new Object[] {"ebay", "us", "graded", "psa", "10", "USD"});
        BigDecimal[] recent = {null, new BigDecimal("50"), new BigDecimal("120"), new BigDecimal("130"), new BigDecimal("110"),
                new BigDecimal("2000"), new BigDecimal("900"), new BigDecimal("5000"), new BigDecimal("80"),
                new BigDecimal("125"), new BigDecimal("2100")};
        long points = 0;
        try (PreparedStatement seriesInsert = db.prepareStatement("INSERT INTO price_series (variant_id, card_id, source, region, "
                + "price_type, grading_company, grade, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement point = db.prepareStatement("INSERT INTO price_point (series_id, day, amount, is_outlier, run_id) "
                     + "VALUES (?, ?, ?, ?, ?)");
             PreparedStatement latest = db.prepareStatement("INSERT INTO price_latest (series_id, card_id, day, amount, run_id) "
                     + "VALUES (?, ?, ?, ?, ?)");
             PreparedStatement snapshot = db.prepareStatement("INSERT INTO price_snapshot (card_id, source, variant_id, "
                     + "grading_company, grade, day, currency, market_price) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < series.size(); i++) {
                Object[] s = series.get(i);
                seriesInsert.setLong(1, variant);
                seriesInsert.setLong(2, blastoise);
                for (int c = 0; c < 6; c++) {
                    seriesInsert.setString(c + 3, (String) s[c]);
                }
                seriesInsert.executeUpdate();
                long id;
                try (ResultSet keys = seriesInsert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                boolean trend = i == 0;
                int days = trend ? TREND_DAYS : (i == 10 ? 3 : RECENT_DAYS);
                for (int back = days - 1; back >= 0; back--) {
                    LocalDate day = TODAY.minusDays(back);
                    BigDecimal amount = trend ? trendOn(day) : recent[i];
                    boolean outlier = trend && back == 2;
                    point.setLong(1, id);
                    point.setDate(2, Date.valueOf(day));
                    point.setBigDecimal(3, outlier ? new BigDecimal("9999") : amount);
                    point.setBoolean(4, outlier);
                    point.setLong(5, run);
                    point.addBatch();
                    points++;
                    boolean snapshotType = trend || "market".equals(s[2]) || "raw_us".equals(s[2]) || "last_sold".equals(s[2])
                            || "graded".equals(s[2]) && !"pc17".equals(s[4]);
                    if (snapshotType && !outlier) {
                        snapshot.setLong(1, blastoise);
                        snapshot.setString(2, (String) s[0]);
                        snapshot.setLong(3, variant);
                        snapshot.setString(4, (String) s[3]);
                        snapshot.setString(5, (String) s[4]);
                        snapshot.setDate(6, Date.valueOf(day));
                        snapshot.setString(7, (String) s[5]);
                        snapshot.setBigDecimal(8, amount);
                        snapshot.addBatch();
                    }
                }
                latest.setLong(1, id);
                latest.setLong(2, blastoise);
                latest.setDate(3, Date.valueOf(TODAY));
                latest.setBigDecimal(4, trend ? trendOn(TODAY) : recent[i]);
                latest.setLong(5, run);
                latest.addBatch();
            }
            point.executeBatch();
            latest.executeBatch();
            snapshot.executeBatch();
        }
        long sealedId;
        try (Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO card_price_summary (card_id, best_price, currency, price_change_7d, as_of) VALUES "
                    + "(" + blastoise + ", 130.00, 'USD', 5.00, '" + TODAY + "'), "
                    + "(" + venusaur + ", 95.50, 'USD', -12.50, '" + TODAY + "'), "
                    + "(" + alakazam + ", 40.00, 'USD', 1.00, '" + TODAY + "')");
            sql.execute("UPDATE price_stat SET value = value + " + points + ", updated_at = CURRENT_TIMESTAMP(6) WHERE name = 'price_points'");
            // a game nothing is imported of, so the catalogue ITs' "no sealed products" still holds for pokemon
            sql.execute("INSERT INTO sealed_product (game_id, set_id, name, product_type) "
                    + "SELECT id, NULL, 'Booster Box (IT fixture)', 'booster_box' FROM game WHERE slug = 'mtg'");
            sealedId = single(db, "SELECT MAX(id) FROM sealed_product");
            sql.execute("INSERT INTO sealed_price_snapshot (sealed_product_id, source, day, currency, market_price, run_id) VALUES "
                    + "(" + sealedId + ", 'tcgcsv', '" + TODAY.minusDays(1) + "', 'USD', 15000.00, " + run + "), "
                    + "(" + sealedId + ", 'tcgcsv', '" + TODAY + "', 'USD', 15100.00, " + run + "), "
                    + "(" + sealedId + ", 'cardmarket', '" + TODAY + "', 'EUR', 14000.00, " + run + ")");
        }
        return new Fixture(blastoise, setId, variant, finish, sealedId, otherVariant, venusaur, alakazam, points);
    }

    private static long cardId(Connection db, String name) throws SQLException {
        return single(db, "SELECT c.id FROM card c JOIN card_set s ON s.id = c.set_id WHERE s.name = 'Base Set' "
                + "AND s.language = 'en' AND c.name = '" + name + "' ORDER BY c.id LIMIT 1");
    }

    private static long single(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            if (!rows.next()) {
                throw new IllegalStateException("no row for " + query);
            }
            return rows.getLong(1);
        }
    }
}
