package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.port.out.price.PriceReadFailedException;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.CardPriceSummary;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.InvalidPriceDataException;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSnapshot;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.Region;
import io.cardvault.domain.price.SealedPriceSnapshot;
import io.cardvault.domain.price.SetPriceStats;
import io.cardvault.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The price reads with plain JDBC, each on an index (docs/benchmarks-history.md, "Price store" has the
 * EXPLAINs): headlines from {@code price_latest} by card; history as one primary-key day range per
 * series of the card ({@code price_series} by card or by variant first); the legacy views from
 * {@code price_snapshot}'s (card, …, day) key; rankings from {@code card_price_summary} by
 * (currency, price) or (currency, change). A row with a code this build does not know (a source
 * added later) is skipped, never a failed read. Plain JDBC, not JPA: read views measured on their
 * indexes, on the request path, with no aggregate to load.
 */
@ApplicationScoped
class JdbcPriceReader implements LoadPricesPort {

    private static final Logger LOG = Logger.getLogger(JdbcPriceReader.class.getName());

    private static final String SERIES_COLUMNS = "s.id, s.variant_id, s.source, s.region, s.price_type, s.grading_company, "
            + "s.grade, s.currency";
    private static final LocalDate NO_END = LocalDate.of(9999, 12, 31);
    private static final String NOT_RETAIL = " AND s.price_type NOT LIKE 'retail%'";
    private static final String SUMMARY_COLUMNS = JdbcCatalogueViews.CARD_COLUMNS
            + ", p.best_price, p.currency, p.price_change_7d, p.as_of";
    private static final String SUMMARY_FROM = " FROM card_price_summary p JOIN card c ON c.id = p.card_id "
            + "JOIN card_set s ON s.id = c.set_id JOIN game g ON g.id = c.game_id";

    private final DataSource dataSource;

    @Inject
    JdbcPriceReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected JdbcPriceReader() {
        this.dataSource = null;
    }

    @Override
    public List<PricePoint> latestPrices(CardId card) {
        long cardId = card.value();
        return optionalRows("SELECT " + SERIES_COLUMNS + ", l.day, l.amount, r.sandbox FROM price_latest l "
                + "JOIN price_series s ON s.id = l.series_id JOIN price_ingest_run r ON r.id = l.run_id "
                + "WHERE l.card_id = ?" + NOT_RETAIL, List.of(cardId), rows -> {
                    boolean sandbox = rows.getBoolean(11);
                    return point(rows).map(point -> sandbox ? point.fromSandbox() : point);
                });
    }

    @Override
    public List<PricePoint> regionHistory(VariantId variant, Region region, LocalDate from) {
        Map<Long, PriceSeries> series = seriesWhere("s.variant_id = ? AND s.region = ? AND s.price_type <> 'graded'",
                new ArrayList<>(List.of(variant.value(), region.code())));
        return pointsOf(series, from, NO_END);
    }

    @Override
    public List<PricePoint> points(CardId card, Optional<PriceSource> source, Set<VariantId> variants, LocalDate from,
                                   LocalDate to) {
        long cardId = card.value();
        List<Object> parameters = new ArrayList<>(List.of(cardId));
        String where = seriesFilter(source, variants, parameters);
        return pointsOf(seriesWhere("s.card_id = ?" + where, parameters), from, to);
    }

    /** The series matching a condition on {@code price_series s} (dealer quotes never), by id. */
    private Map<Long, PriceSeries> seriesWhere(String condition, List<Object> parameters) {
        Map<Long, PriceSeries> series = new HashMap<>();
        list("SELECT " + SERIES_COLUMNS + " FROM price_series s WHERE " + condition + NOT_RETAIL, parameters, rows -> {
            Optional<PriceSeries> found = series(rows);
            if (found.isPresent()) {
                series.put(rows.getLong(1), found.get());
            }
            return rows.getLong(1);
        });
        return series;
    }

    /**
     * Non-outlier points of those series between two days: {@code series_id IN (…) AND day BETWEEN}
     * is a range read of the primary key per series (a join would read each series' whole history
     * and filter the days: MariaDB's ref access uses only the series id).
     */
    private List<PricePoint> pointsOf(Map<Long, PriceSeries> series, LocalDate from, LocalDate to) {
        if (series.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(series.keySet().stream().sorted().toList());
        parameters.add(Date.valueOf(from));
        parameters.add(Date.valueOf(to));
        return list("SELECT series_id, day, amount FROM price_point WHERE series_id IN (" + placeholders(series.size())
                + ") AND day BETWEEN ? AND ? AND is_outlier = 0", parameters, rows -> {
                    PriceSeries of = series.get(rows.getLong(1));
                    return PricePoint.of(of, rows.getDate(2).toLocalDate(), money(of.currency(), rows.getBigDecimal(3)));
                });
    }

    /**
     * The newest points per series come from one statement of per-series subqueries, each walking
     * its series' primary key backwards for at most {@code limit} rows; the merge keeps the newest.
     */
    @Override
    public List<PricePoint> newestPoints(CardId card, Optional<PriceSource> source, Set<VariantId> variants, int limit) {
        long cardId = card.value();
        List<Object> parameters = new ArrayList<>(List.of(cardId));
        String where = seriesFilter(source, variants, parameters);
        Map<Long, PriceSeries> series = seriesWhere("s.card_id = ?" + where, parameters);
        if (series.isEmpty()) {
            return List.of();
        }
        List<Object> unionParameters = new ArrayList<>();
        String union = series.keySet().stream().sorted().map(id -> {
            unionParameters.add(id);
            unionParameters.add(limit);
            return "(SELECT series_id, day, amount FROM price_point WHERE series_id = ? AND is_outlier = 0 "
                    + "ORDER BY day DESC LIMIT ?)";
        }).collect(Collectors.joining(" UNION ALL "));
        unionParameters.add(limit);
        return list(union + " ORDER BY day DESC, series_id LIMIT ?", unionParameters,
                rows -> PricePoint.of(series.get(rows.getLong(1)), rows.getDate(2).toLocalDate(),
                        money(series.get(rows.getLong(1)).currency(), rows.getBigDecimal(3))));
    }

    @Override
    public List<PriceSnapshot> snapshots(CardId card, Optional<PriceSource> source, Set<VariantId> variants, LocalDate from) {
        long cardId = card.value();
        List<Object> parameters = new ArrayList<>(List.of(cardId));
        String where = sourceAndVariants("", source, variants, parameters);
        parameters.add(Date.valueOf(from));
        return optionalRows("SELECT source, variant_id, grading_company, grade, day, currency, market_price "
                + "FROM price_snapshot WHERE card_id = ?" + where + " AND day >= ?", parameters, rows -> {
                    Optional<PriceSource> found = PriceSource.find(rows.getString(1));
                    Optional<Grading> grading = grading(rows.getString(3), rows.getString(4));
                    if (found.isEmpty() || grading == null) {
                        return Optional.empty();
                    }
                    return Optional.of(new PriceSnapshot(found.get(), new VariantId(rows.getLong(2)), grading.orElse(null),
                            rows.getDate(5).toLocalDate(), money(Currency.getInstance(rows.getString(6)), rows.getBigDecimal(7))));
                });
    }

    @Override
    public List<SealedPriceSnapshot> sealedSnapshots(long productId, LocalDate from) {
        return optionalRows("SELECT source, day, currency, market_price FROM sealed_price_snapshot "
                + "WHERE sealed_product_id = ? AND day >= ? ORDER BY day, source", List.of(productId, Date.valueOf(from)),
                rows -> {
                    Optional<PriceSource> source = PriceSource.find(rows.getString(1));
                    return source.isEmpty() ? Optional.empty() : Optional.of(new SealedPriceSnapshot(source.get(),
                            rows.getDate(2).toLocalDate(), money(Currency.getInstance(rows.getString(3)), rows.getBigDecimal(4))));
                });
    }

    @Override
    public long pricePointCount() {
        return list("SELECT value FROM price_stat WHERE name = 'price_points'", List.of(), rows -> rows.getLong(1))
                .stream().findFirst().orElse(0L);
    }

    @Override
    public List<CardPriceSummary> mostValuable(Optional<String> gameSlug, Currency currency, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(currency.getCurrencyCode()));
        String game = gameSlug.map(slug -> {
            parameters.add(slug);
            return " AND g.slug = ?";
        }).orElse("");
        parameters.add(limit);
        return list("SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM + " WHERE p.currency = ?" + game
                + " ORDER BY p.best_price DESC, p.card_id DESC LIMIT ?", parameters, JdbcPriceReader::summary);
    }

    @Override
    public List<CardPriceSummary> topOfSet(CardSetId set, Currency currency, int limit) {
        long setId = set.value();
        return list("SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM + " WHERE c.set_id = ? AND p.currency = ? "
                + "ORDER BY p.best_price DESC, p.card_id DESC LIMIT ?", List.of(setId, currency.getCurrencyCode(), limit),
                JdbcPriceReader::summary);
    }

    /** The top of each end of the change index, merged by absolute change: the largest |change| is at one end. */
    @Override
    public List<CardPriceSummary> biggestMovers(Optional<String> gameSlug, Currency currency, BigDecimal minPrice, int limit) {
        List<CardPriceSummary> movers = new ArrayList<>();
        for (String direction : List.of("DESC", "ASC")) {
            List<Object> parameters = new ArrayList<>(List.of(currency.getCurrencyCode(), minPrice));
            String game = gameSlug.map(slug -> {
                parameters.add(slug);
                return " AND g.slug = ?";
            }).orElse("");
            parameters.add(limit);
            movers.addAll(list("SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM + " WHERE p.currency = ? "
                    + "AND p.price_change_7d IS NOT NULL AND p.best_price >= ?" + game
                    + " ORDER BY p.price_change_7d " + direction + ", p.card_id " + direction + " LIMIT ?",
                    parameters, JdbcPriceReader::summary));
        }
        return movers.stream()
                .collect(Collectors.toMap(s -> s.card().id(), s -> s, (a, b) -> a)).values().stream()
                .sorted(Comparator.comparing((CardPriceSummary s) -> s.priceChange7d().abs()).reversed()
                        .thenComparing(s -> s.card().id()))
                .limit(limit)
                .toList();
    }

    @Override
    public SetPriceStats setStats(SetOverview set, Currency currency) {
        return list("SELECT COUNT(*), MIN(p.best_price), MAX(p.best_price), AVG(p.best_price), SUM(p.best_price) "
                + "FROM card c JOIN card_price_summary p ON p.card_id = c.id WHERE c.set_id = ? AND p.currency = ?",
                List.of(set.id(), currency.getCurrencyCode()), rows -> new SetPriceStats(set.id(), set.cardCount(),
                        rows.getInt(1), currency, rounded(rows.getBigDecimal(2)), rounded(rows.getBigDecimal(3)),
                        rounded(rows.getBigDecimal(4)), rounded(rows.getBigDecimal(5)))).get(0);
    }

    private static BigDecimal rounded(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static String seriesFilter(Optional<PriceSource> source, Set<VariantId> variants, List<Object> parameters) {
        return sourceAndVariants("s.", source, variants, parameters);
    }

    /** {@code AND source = ? AND variant_id IN (…)} for what is given, columns of the table aliased {@code alias}. */
    private static String sourceAndVariants(String alias, Optional<PriceSource> source, Set<VariantId> variants,
                                            List<Object> parameters) {
        StringBuilder where = new StringBuilder();
        source.ifPresent(s -> {
            where.append(" AND ").append(alias).append("source = ?");
            parameters.add(s.code());
        });
        if (!variants.isEmpty()) {
            where.append(" AND ").append(alias).append("variant_id IN (").append(placeholders(variants.size())).append(')');
            variants.stream().map(VariantId::value).sorted().forEach(parameters::add);
        }
        return where.toString();
    }

    private static String placeholders(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    private static CardPriceSummary summary(ResultSet rows) throws SQLException {
        int first = JdbcCatalogueViews.CARD_COLUMN_COUNT + 1;
        Date asOf = rows.getDate(first + 3);
        return new CardPriceSummary(JdbcCatalogueViews.card(rows),
                money(Currency.getInstance(rows.getString(first + 1)), rows.getBigDecimal(first)), rows.getBigDecimal(first + 2),
                asOf.toLocalDate());
    }

    /** A point from the series columns then day and amount; empty for a row of an unknown code. */
    private static Optional<PricePoint> point(ResultSet rows) throws SQLException {
        Optional<PriceSeries> series = series(rows);
        return series.isEmpty() ? Optional.empty() : Optional.of(PricePoint.of(series.get(), rows.getDate(9).toLocalDate(),
                money(series.get().currency(), rows.getBigDecimal(10))));
    }

    private static Optional<PriceSeries> series(ResultSet rows) throws SQLException {
        Optional<PriceSource> source = PriceSource.find(rows.getString(3));
        Optional<Region> region = Region.find(rows.getString(4));
        Optional<PriceType> type = PriceType.find(rows.getString(5));
        Optional<Grading> grading = grading(rows.getString(6), rows.getString(7));
        if (source.isEmpty() || region.isEmpty() || type.isEmpty() || grading == null) {
            LOG.fine(() -> "price series of unknown codes skipped");
            return Optional.empty();
        }
        try {
            return Optional.of(new PriceSeries(new VariantId(rows.getLong(2)), source.get(), region.get(), type.get(),
                    grading.orElse(null), Currency.getInstance(rows.getString(8))));
        } catch (InvalidPriceDataException | IllegalArgumentException e) {
            LOG.fine(() -> "price series skipped: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Empty for raw ('' company), the grading for a slab, and null — a third answer the callers
     * check — when the company or grade is not one this build knows, so the row is skipped.
     */
    private static Optional<Grading> grading(String company, String grade) {
        if (company == null || company.isEmpty()) {
            return Optional.empty();
        }
        Optional<GradingCompany> found = GradingCompany.find(company);
        try {
            return found.isEmpty() ? null : Optional.of(Grading.of(found.get(), grade));
        } catch (InvalidPriceDataException e) {
            return null;
        }
    }

    private static Money money(Currency currency, BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return new Money(currency, stripped.scale() > Money.MAX_SCALE ? amount.setScale(Money.MAX_SCALE, RoundingMode.HALF_EVEN) : stripped);
    }

    private interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private <T> List<T> optionalRows(String sql, List<Object> parameters, RowMapper<Optional<T>> mapper) {
        return list(sql, parameters, mapper).stream().flatMap(Optional::stream).toList();
    }

    private <T> List<T> list(String sql, List<Object> parameters, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new PriceReadFailedException("price read failed: " + e.getMessage(), e);
        }
    }
}
