package io.cardvault.adapter.out.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Hand-checkable price rows written straight into the price schema (V20) until the price ingest is
 * merged: daily snapshots built to a known shape, eBay sold comps, PriceCharting dealer quotes. Used
 * by the persistence tests and, over JDBC into the server's database, by the integration tests.
 * Days count back from {@code today}; every series ends on {@code today}.
 */
public final class MarketFixture {

    private final DataSource dataSource;
    private final LocalDate today;

    public MarketFixture(DataSource dataSource, LocalDate today) {
        this.dataSource = dataSource;
        this.today = today;
    }

    /**
     * Cardmarket (EUR): 100.00 flat for the ten days up to {@code today − 30}, then a straight line
     * to 110.00 on {@code today}: change_30d = +10 %, d7 from 107.6667 = +2.17 %, 40 points.
     */
    public void risingTenPercentOverThirtyDays(long cardId, long variantId) {
        risingTenPercentOverThirtyDays(cardId, "cardmarket", variantId, "EUR", new BigDecimal("100"));
    }

    /** The same shape from {@code base} to {@code base × 1.1} in another source and currency. */
    public void risingTenPercentOverThirtyDays(long cardId, String source, long variantId, String currency, BigDecimal base) {
        BigDecimal rise = base.divide(BigDecimal.TEN, 6, RoundingMode.HALF_UP);
        for (int i = 0; i < 40; i++) {
            BigDecimal price = i <= 9 ? base
                    : base.add(rise.multiply(BigDecimal.valueOf(i - 9L)).divide(BigDecimal.valueOf(30), 4, RoundingMode.HALF_UP));
            snapshot(cardId, source, variantId, "", "", currency, today.minusDays(39L - i), price);
        }
    }

    /** Cardmarket (EUR): 50.00 flat up to {@code today − 30}, then a straight line to 40.00: change_30d = −20 %. */
    public void fallingTwentyPercentOverThirtyDays(long cardId, long variantId) {
        for (int i = 0; i < 40; i++) {
            BigDecimal price = i <= 9 ? new BigDecimal("50")
                    : new BigDecimal("50").subtract(BigDecimal.TEN.multiply(BigDecimal.valueOf(i - 9L))
                            .divide(BigDecimal.valueOf(30), 4, RoundingMode.HALF_UP));
            snapshot(cardId, "cardmarket", variantId, "", "", "EUR", today.minusDays(39L - i), price);
        }
    }

    /** One point a day at {@code price} for the last {@code days} days (today included). */
    public void flat(long cardId, String source, long variantId, String currency, String price, int days) {
        for (int i = 0; i < days; i++) {
            snapshot(cardId, source, variantId, "", "", currency, today.minusDays(i), new BigDecimal(price));
        }
    }

    /** A slab's daily value (one grading company and grade) for the last {@code days} days. */
    public void graded(long cardId, String source, long variantId, String company, String grade, String price, int days) {
        for (int i = 0; i < days; i++) {
            snapshot(cardId, source, variantId, company, grade, "USD", today.minusDays(i), new BigDecimal(price));
        }
    }

    public void snapshot(long cardId, String source, long variantId, String company, String grade, String currency,
                         LocalDate day, BigDecimal price) {
        update("REPLACE INTO price_snapshot (card_id, source, variant_id, grading_company, grade, day, currency, market_price) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", cardId, source, variantId, company, grade, Date.valueOf(day), currency, price);
    }

    /** PriceCharting dealer quotes by price type ({@code retail_loose_buy} …), as newest values of their series. */
    public void retailQuotes(long cardId, long variantId, Map<String, String> quotes) {
        long run = ingestRun("pricecharting");
        quotes.forEach((type, amount) -> {
            update("INSERT IGNORE INTO price_series (variant_id, card_id, source, region, price_type, currency) "
                    + "VALUES (?, ?, 'pricecharting', 'us', ?, 'USD')", variantId, cardId, type);
            long series = single("SELECT id FROM price_series WHERE variant_id = ? AND source = 'pricecharting' AND price_type = ? "
                    + "AND grading_company = ''", variantId, type);
            update("REPLACE INTO price_latest (series_id, card_id, day, amount, run_id) VALUES (?, ?, ?, ?, ?)",
                    series, cardId, Date.valueOf(today), new BigDecimal(amount), run);
            update("REPLACE INTO price_point (series_id, day, amount, run_id) VALUES (?, ?, ?, ?)",
                    series, Date.valueOf(today), new BigDecimal(amount), run);
        });
    }

    /** A headline series (Cardmarket trend, TCGplayer market …) whose newest value is {@code amount} today. */
    public void latest(long cardId, long variantId, String source, String region, String type, String currency, String amount) {
        long run = ingestRun(source);
        update("INSERT IGNORE INTO price_series (variant_id, card_id, source, region, price_type, currency) VALUES (?, ?, ?, ?, ?, ?)",
                variantId, cardId, source, region, type, currency);
        long series = single("SELECT id FROM price_series WHERE variant_id = ? AND source = ? AND price_type = ? "
                + "AND grading_company = ''", variantId, source, type);
        update("REPLACE INTO price_latest (series_id, card_id, day, amount, run_id) VALUES (?, ?, ?, ?, ?)",
                series, cardId, Date.valueOf(today), new BigDecimal(amount), run);
    }

    /** Removes every price row of the cards (a rerun against the same database starts clean). */
    public void clear(long... cardIds) {
        for (long cardId : cardIds) {
            update("DELETE FROM price_snapshot WHERE card_id = ?", cardId);
            update("DELETE FROM price_latest WHERE card_id = ?", cardId);
            update("DELETE pp FROM price_point pp JOIN price_series s ON s.id = pp.series_id WHERE s.card_id = ?", cardId);
            update("DELETE FROM price_series WHERE card_id = ?", cardId);
        }
    }

    private long ingestRun(String source) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO price_ingest_run (source, upstream, sandbox, status, "
                     + "finished_at) VALUES (?, 'fixture', TRUE, 'succeeded', CURRENT_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, source);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("fixture run not written", e);
        }
    }

    private long single(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("fixture lookup failed: " + sql, e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("fixture row not written: " + sql, e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
