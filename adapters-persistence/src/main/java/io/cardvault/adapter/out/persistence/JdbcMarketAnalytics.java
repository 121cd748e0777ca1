package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.LoadMarketAnalyticsPort;
import io.cardvault.application.port.out.analytics.CardMarketHistory;
import io.cardvault.application.port.out.analytics.MarketDataReadFailedException;
import io.cardvault.application.port.out.analytics.ResolvedScope;
import io.cardvault.application.port.out.analytics.SourcePriceFilter;
import io.cardvault.application.port.out.analytics.SourcePriceCounts;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Market analytics over the price schema (V20) with plain JDBC: per-card reads go through the
 * {@code price_snapshot} primary key (card first); the dashboard recompute streams the raw
 * snapshots of a window once, in key order, and hands them over card by card. Plain JDBC, not JPA:
 * streaming a window of raw snapshots in key order is bulk reading that entities would only slow.
 */
@ApplicationScoped
class JdbcMarketAnalytics implements LoadMarketAnalyticsPort {

    /** The value each source's list shows: the same "market" value the daily snapshot takes. */
    static final String HEADLINE_SERIES = "((s.source = 'cardmarket' AND s.price_type = 'trend') "
            + "OR (s.source = 'tcgcsv' AND s.price_type = 'market') OR (s.source = 'pricecharting' AND s.price_type = 'raw_us') "
            + "OR (s.source = 'ebay' AND s.price_type = 'last_sold') "
            + "OR (s.source IN ('cardtrader', 'justtcg') AND s.price_type = 'market'))";
    /** {@link #HEADLINE_SERIES} per source: the one price type that is a source's headline value. */
    static final Map<String, String> HEADLINE_TYPES = Map.of("cardmarket", "trend", "tcgcsv", "market", "pricecharting", "raw_us",
            "ebay", "last_sold", "cardtrader", "market", "justtcg", "market");
    private static final String CARD_FACTS = "SELECT c.id, c.name, cs.name, g.slug, c.rarity FROM card c "
            + "JOIN card_set cs ON cs.id = c.set_id JOIN game g ON g.id = c.game_id";
    private static final int STREAM_FETCH_SIZE = 2000;

    private final DataSource dataSource;

    @Inject
    JdbcMarketAnalytics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected JdbcMarketAnalytics() {
        this.dataSource = null;
    }

    @Override
    public Optional<MarketCard> card(CardId card) {
        long cardId = card.value();
        List<MarketCard> cards = query(CARD_FACTS + " WHERE c.id = ?", List.of(cardId), JdbcMarketAnalytics::marketCard);
        return cards.stream().findFirst();
    }

    @Override
    public Optional<ResolvedScope> resolve(CardId card, AnalyticsScope scope) {
        long cardId = card.value();
        String company = scope.grading().map(slab -> slab.company().code()).orElse("");
        String grade = scope.grading().map(Grading::grade).orElse("");
        if (scope.exactVariant().isPresent()) {
            return query("SELECT v.id, p.print_run, v.finish FROM variant v JOIN printing p ON p.id = v.printing_id "
                    + "WHERE p.card_id = ? AND v.id = ?", List.of(cardId, scope.exactVariant().get().value()),
                    row -> new ResolvedScope(row.getLong(1), slug(row.getString(2), row.getString(3)))).stream().findFirst();
        }
        if (scope.isAuto()) {
            return query("SELECT ps.variant_id, p.print_run, v.finish, COUNT(*) AS n FROM price_snapshot ps "
                    + "JOIN variant v ON v.id = ps.variant_id JOIN printing p ON p.id = v.printing_id "
                    + "WHERE ps.card_id = ? AND ps.grading_company = ? AND ps.grade = ? "
                    + "GROUP BY ps.variant_id, p.print_run, v.finish ORDER BY n DESC, ps.variant_id LIMIT 1",
                    List.of(cardId, company, grade),
                    row -> new ResolvedScope(row.getLong(1), slug(row.getString(2), row.getString(3)))).stream().findFirst();
        }
        return query("SELECT v.id, (SELECT COUNT(*) FROM price_snapshot ps WHERE ps.card_id = p.card_id AND ps.variant_id = v.id "
                + "AND ps.grading_company = ? AND ps.grade = ?) AS n FROM variant v JOIN printing p ON p.id = v.printing_id "
                + "WHERE p.card_id = ? AND p.print_run = ? AND v.finish = ? ORDER BY n DESC, v.id LIMIT 1",
                List.of(company, grade, cardId, scope.printRun(), scope.finish()),
                row -> new ResolvedScope(row.getLong(1), scope.variant())).stream().findFirst();
    }

    @Override
    public Optional<ResolvedScope> select(CardId card, VariantSelection selection) {
        long cardId = card.value();
        List<Object> parameters = new ArrayList<>(List.of(cardId, selection.language(), selection.printRun()));
        parameters.addAll(selection.finishes());
        parameters.addAll(selection.finishes());
        String marks = String.join(", ", java.util.Collections.nCopies(selection.finishes().size(), "?"));
        return query("SELECT v.id, p.print_run, v.finish, (SELECT COUNT(*) FROM price_snapshot ps WHERE ps.card_id = p.card_id "
                + "AND ps.variant_id = v.id AND ps.grading_company = '') AS n FROM variant v JOIN printing p ON p.id = v.printing_id "
                + "WHERE p.card_id = ? AND p.language = ? AND p.print_run = ? AND v.finish IN (" + marks + ") "
                + "ORDER BY FIELD(v.finish, " + marks + "), n DESC, v.id LIMIT 1", parameters,
                row -> new ResolvedScope(row.getLong(1), slug(row.getString(2), row.getString(3)))).stream().findFirst();
    }

    @Override
    public Map<PriceSource, PriceHistory> histories(CardId card, long variantId, Optional<Grading> grading, LocalDate since) {
        long cardId = card.value();
        Map<PriceSource, List<DailyPrice>> points = new EnumMap<>(PriceSource.class);
        Map<PriceSource, Currency> currencies = new EnumMap<>(PriceSource.class);
        query("SELECT source, day, currency, market_price FROM price_snapshot WHERE card_id = ? AND variant_id = ? "
                + "AND grading_company = ? AND grade = ? AND day >= ? ORDER BY source, day",
                List.of(cardId, variantId, grading.map(slab -> slab.company().code()).orElse(""),
                        grading.map(Grading::grade).orElse(""), Date.valueOf(since)),
                row -> {
                    Optional<PriceSource> source = PriceSource.find(row.getString(1));
                    if (source.isPresent()) {
                        currencies.putIfAbsent(source.get(), Currency.getInstance(row.getString(3)));
                        points.computeIfAbsent(source.get(), s -> new ArrayList<>())
                                .add(new DailyPrice(row.getDate(2).toLocalDate(), row.getBigDecimal(4)));
                    }
                    return null;
                });
        Map<PriceSource, PriceHistory> histories = new EnumMap<>(PriceSource.class);
        points.forEach((source, days) -> histories.put(source, new PriceHistory(currencies.get(source), days)));
        return histories;
    }

    @Override
    public Map<PriceType, BigDecimal> retailQuotes(CardId card, long variantId) {
        long cardId = card.value();
        Map<PriceType, BigDecimal> quotes = new EnumMap<>(PriceType.class);
        query("SELECT s.price_type, l.amount FROM price_series s JOIN price_latest l ON l.series_id = s.id "
                + "WHERE s.card_id = ? AND s.variant_id = ? AND s.source = 'pricecharting' AND s.grading_company = '' "
                + "AND s.price_type LIKE 'retail%'", List.of(cardId, variantId),
                row -> {
                    Optional<PriceType> type = PriceType.find(row.getString(1)).filter(PriceType::isRetailQuote);
                    if (type.isPresent()) {
                        quotes.put(type.get(), row.getBigDecimal(2));
                    }
                    return null;
                });
        return quotes;
    }

    @Override
    public void forEachCardHistory(LocalDate since, Consumer<CardMarketHistory> consumer) {
        Map<Long, MarketCard> cards = new HashMap<>();
        query(CARD_FACTS + " WHERE EXISTS (SELECT 1 FROM price_snapshot ps WHERE ps.card_id = c.id)", List.of(),
                row -> cards.put(row.getLong(1), marketCard(row)));
        Map<Long, String> variants = new HashMap<>();
        query("SELECT v.id, p.print_run, v.finish FROM variant v JOIN printing p ON p.id = v.printing_id "
                + "WHERE v.id IN (SELECT DISTINCT variant_id FROM price_snapshot)", List.of(),
                row -> variants.put(row.getLong(1), slug(row.getString(2), row.getString(3))));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT card_id, source, variant_id, day, currency, "
                     + "market_price FROM price_snapshot WHERE grading_company = '' AND grade = '' AND day >= ? "
                     + "ORDER BY card_id, source, variant_id, grading_company, grade, day")) {
            select.setFetchSize(STREAM_FETCH_SIZE);
            select.setDate(1, Date.valueOf(since));
            try (ResultSet rows = select.executeQuery()) {
                CardRows current = null;
                while (rows.next()) {
                    long cardId = rows.getLong(1);
                    if (current == null || current.cardId != cardId) {
                        emit(current, cards, variants, consumer);
                        current = new CardRows(cardId);
                    }
                    Optional<PriceSource> source = PriceSource.find(rows.getString(2));
                    if (source.isPresent()) {
                        current.add(rows.getLong(3), source.get(), Currency.getInstance(rows.getString(5)),
                                new DailyPrice(rows.getDate(4).toLocalDate(), rows.getBigDecimal(6)));
                    }
                }
                emit(current, cards, variants, consumer);
            }
        } catch (SQLException e) {
            throw new MarketDataReadFailedException("cannot stream price snapshots", e);
        }
    }

    @Override
    public MarketTotals totals() {
        Map<String, Long> counters = new HashMap<>();
        query("SELECT name, value FROM catalogue_stat WHERE name IN ('cards', 'sets') UNION ALL "
                + "SELECT name, value FROM price_stat WHERE name = 'price_points'", List.of(),
                row -> counters.put(row.getString(1), row.getLong(2)));
        List<String> sources = query("SELECT DISTINCT source FROM price_series ORDER BY source", List.of(), row -> row.getString(1));
        int tcgs = query("SELECT COUNT(DISTINCT c.game_id) FROM (SELECT DISTINCT card_id FROM price_series) priced "
                + "JOIN card c ON c.id = priced.card_id", List.of(), row -> row.getInt(1)).get(0);
        List<Timestamp> last = query("SELECT MAX(finished_at) FROM price_ingest_run", List.of(), row -> row.getTimestamp(1));
        return new MarketTotals(counters.getOrDefault("cards", 0L), counters.getOrDefault("price_points", 0L),
                counters.getOrDefault("sets", 0L), tcgs, sources,
                last.isEmpty() || last.get(0) == null ? null : last.get(0).toInstant());
    }

    @Override
    public List<SourcePrice> sourcePrices(SourcePriceFilter filter, int limit, int offset) {
        List<Object> parameters = new ArrayList<>();
        String sql = sourcePageSql(filter, parameters);
        parameters.add(limit);
        parameters.add(offset);
        return query(sql, parameters, row -> new SourcePrice(row.getLong(1), row.getString(2), row.getString(3),
                slug(row.getString(4), row.getString(5)), foilStatus(row.getString(5)), row.getBigDecimal(6),
                Currency.getInstance(row.getString(7)), null, row.getDate(8).toLocalDate()));
    }

    /**
     * The page query (its filter values appended to {@code parameters}; limit and offset last), in
     * card id, then series id order, read along an index in that order and stopped once the page is
     * full: no sort, no pass over the whole store. One source: its headline series along
     * {@code ix_price_series_headline} (V84). Every source: price_latest along its card index (the
     * primary key completes it). Ordering by source within a card, as before, sorted every matching
     * row first (2.4–8 s on the demo's 816k series).
     */
    static String sourcePageSql(SourcePriceFilter filter, List<Object> parameters) {
        String finishes = "";
        if (!filter.finishes().isEmpty()) {
            finishes = " AND v.finish IN (" + String.join(", ", java.util.Collections.nCopies(filter.finishes().size(), "?")) + ")";
        }
        String select = "SELECT STRAIGHT_JOIN s.card_id, c.name, s.source, p.print_run, v.finish, l.amount, s.currency, l.day ";
        String joins = " JOIN variant v ON v.id = s.variant_id JOIN printing p ON p.id = v.printing_id JOIN card c ON c.id = s.card_id";
        if (filter.source().isPresent()) {
            String source = filter.source().get();
            parameters.add(source);
            parameters.add(HEADLINE_TYPES.getOrDefault(source, ""));
            parameters.addAll(filter.finishes());
            return select + "FROM price_series s FORCE INDEX (ix_price_series_headline) JOIN price_latest l ON l.series_id = s.id"
                    + joins + " WHERE s.source = ? AND s.price_type = ? AND s.grading_company = ''" + finishes
                    + " ORDER BY s.card_id, s.id LIMIT ? OFFSET ?";
        }
        parameters.addAll(filter.finishes());
        return select + "FROM price_latest l FORCE INDEX (ix_price_latest_card) JOIN price_series s ON s.id = l.series_id"
                + joins + " WHERE s.grading_company = '' AND " + HEADLINE_SERIES + finishes
                + " ORDER BY l.card_id, l.series_id LIMIT ? OFFSET ?";
    }

    @Override
    public SourcePriceCounts sourcePriceCounts() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        query("SELECT s.source, v.finish, COUNT(*) FROM price_latest l JOIN price_series s ON s.id = l.series_id "
                + "JOIN variant v ON v.id = s.variant_id WHERE s.grading_company = '' AND " + HEADLINE_SERIES
                + " GROUP BY s.source, v.finish", List.of(),
                row -> counts.computeIfAbsent(row.getString(1), source -> new HashMap<>()).put(row.getString(2), row.getLong(3)));
        return new SourcePriceCounts(counts);
    }

    /** The variant slug of the routes: {@code normal}, {@code holo}, {@code reverse_holo}, prefixed by a non-unlimited print run. */
    static String slug(String printRun, String finish) {
        String name = switch (finish) {
            case "holofoil" -> "holo";
            case "reverse_holofoil" -> "reverse_holo";
            default -> finish;
        };
        return "unlimited".equals(printRun) ? name : printRun + "_" + name;
    }

    static String foilStatus(String finish) {
        return switch (finish) {
            case "normal" -> "nonfoil";
            case "etched" -> "etched";
            default -> "foil";
        };
    }

    private static MarketCard marketCard(ResultSet row) throws SQLException {
        return new MarketCard(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5));
    }

    /** Hands one card's rows over: the variant with the most rows, each source's history of it. */
    private static void emit(CardRows rows, Map<Long, MarketCard> cards, Map<Long, String> variants,
                             Consumer<CardMarketHistory> consumer) {
        if (rows == null || rows.byVariant.isEmpty() || !cards.containsKey(rows.cardId)) {
            return;
        }
        Map.Entry<Long, VariantRows> best = rows.byVariant.entrySet().stream()
                .max(Map.Entry.<Long, VariantRows>comparingByValue(java.util.Comparator.comparingInt(VariantRows::count))
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .orElseThrow();
        Map<PriceSource, PriceHistory> bySource = new EnumMap<>(PriceSource.class);
        best.getValue().points.forEach((source, days) ->
                bySource.put(source, new PriceHistory(best.getValue().currencies.get(source), days)));
        consumer.accept(new CardMarketHistory(cards.get(rows.cardId), variants.getOrDefault(best.getKey(), "normal"), bySource));
    }

    /** One card's rows while streaming, by variant then source (already in day order). */
    private static final class CardRows {
        private final long cardId;
        private final Map<Long, VariantRows> byVariant = new LinkedHashMap<>();

        CardRows(long cardId) {
            this.cardId = cardId;
        }

        void add(long variantId, PriceSource source, Currency currency, DailyPrice point) {
            byVariant.computeIfAbsent(variantId, id -> new VariantRows()).add(source, currency, point);
        }
    }

    private static final class VariantRows {
        private final Map<PriceSource, List<DailyPrice>> points = new EnumMap<>(PriceSource.class);
        private final Map<PriceSource, Currency> currencies = new EnumMap<>(PriceSource.class);
        private int count;

        void add(PriceSource source, Currency currency, DailyPrice point) {
            currencies.putIfAbsent(source, currency);
            points.computeIfAbsent(source, s -> new ArrayList<>()).add(point);
            count++;
        }

        int count() {
            return count;
        }
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, List<?> parameters, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<T> results = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    results.add(mapper.map(rows));
                }
            }
            return results;
        } catch (SQLException e) {
            throw new MarketDataReadFailedException("market analytics read failed: " + e.getMessage(), e);
        }
    }
}
