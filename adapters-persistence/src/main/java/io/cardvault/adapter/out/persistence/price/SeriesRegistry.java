package io.cardvault.adapter.out.persistence.price;

import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Compact ids of price series, resolved in bulk and cached for the life of the process. A series
 * row is created in a transaction of its own ({@code REQUIRES_NEW}) and committed at once: a file
 * that later rolls back leaves only harmless empty series behind, and the cache never holds an id
 * the database does not have.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class SeriesRegistry {

    private static final int CHUNK = 500;
    /** From this many new series on, they are created with one bulk load instead of 500-row inserts. */
    static final int BULK = 5_000;

    private final DataSource dataSource;
    private final Map<PriceSeries, Integer> ids = new ConcurrentHashMap<>();
    /** Series created by this process: they have no stored history to load. */
    private final Set<Integer> created = ConcurrentHashMap.newKeySet();
    private final Set<PriceSource> loaded = EnumSet.noneOf(PriceSource.class);

    @Inject
    SeriesRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected SeriesRegistry() {
        this.dataSource = null;
    }

    boolean isNew(int seriesId) {
        return created.contains(seriesId);
    }

    /** The id of every point's series, creating the missing ones. */
    synchronized Map<PriceSeries, Integer> resolve(List<SeriesPoint> points) {
        Map<PriceSeries, VariantCard> missing = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (SeriesPoint point : points) {
                PriceSource source = point.series().source();
                if (!loaded.contains(source)) {
                    loadSource(connection, source);
                    loaded.add(source);
                }
                if (!ids.containsKey(point.series())) {
                    missing.putIfAbsent(point.series(), new VariantCard(point.series().variant(), point.cardId().value()));
                }
            }
            if (!missing.isEmpty()) {
                create(connection, missing);
            }
        } catch (SQLException e) {
            throw new PriceStoreException("cannot resolve price series", e);
        }
        Map<PriceSeries, Integer> result = new java.util.HashMap<>();
        for (SeriesPoint point : points) {
            result.putIfAbsent(point.series(), ids.get(point.series()));
        }
        return result;
    }

    /** Forgets everything (tests recreate the database under a running registry). */
    synchronized void forget() {
        ids.clear();
        created.clear();
        loaded.clear();
    }

    private void loadSource(Connection connection, PriceSource source) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, variant_id, region, price_type, "
                + "grading_company, grade, currency FROM price_series WHERE source = ?")) {
            select.setFetchSize(10_000);
            select.setString(1, source.code());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(series(source, rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getString(7)), rows.getInt(1));
                }
            }
        }
    }

    private void create(Connection connection, Map<PriceSeries, VariantCard> missing) throws SQLException {
        if (missing.size() >= BULK) {
            createInBulk(connection, missing);
            return;
        }
        List<Map.Entry<PriceSeries, VariantCard>> entries = new ArrayList<>(missing.entrySet());
        for (int from = 0; from < entries.size(); from += CHUNK) {
            List<Map.Entry<PriceSeries, VariantCard>> chunk = entries.subList(from, Math.min(from + CHUNK, entries.size()));
            StringBuilder sql = new StringBuilder("INSERT IGNORE INTO price_series (variant_id, card_id, source, region, "
                    + "price_type, grading_company, grade, currency) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?)");
            }
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int p = 1;
                for (Map.Entry<PriceSeries, VariantCard> entry : chunk) {
                    PriceSeries series = entry.getKey();
                    insert.setLong(p++, series.variant().value());
                    insert.setLong(p++, entry.getValue().cardId());
                    insert.setString(p++, series.source().code());
                    insert.setString(p++, series.region().code());
                    insert.setString(p++, series.type().code());
                    insert.setString(p++, series.isGraded() ? series.grading().company().code() : "");
                    insert.setString(p++, series.isGraded() ? series.grading().grade() : "");
                    insert.setString(p++, series.currency().getCurrencyCode());
                }
                insert.executeUpdate();
            }
            reloadBySource(connection, chunk.stream().map(Map.Entry::getKey).toList());
        }
    }

    /**
     * Many new series at once (a source's first full guide: millions): one bulk load, then one
     * primary-key range read of the rows above the highest id seen before it. A series another node
     * created meanwhile is skipped by the load's IGNORE and read back by variant.
     */
    private void createInBulk(Connection connection, Map<PriceSeries, VariantCard> missing) throws SQLException {
        long highest;
        try (PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM price_series");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            highest = rows.getLong(1);
        }
        try (BulkLoad load = new BulkLoad(connection, "IGNORE INTO TABLE price_series CHARACTER SET ascii (variant_id, "
                + "card_id, source, region, price_type, grading_company, grade, currency)", false)) {
            for (Map.Entry<PriceSeries, VariantCard> entry : missing.entrySet()) {
                PriceSeries series = entry.getKey();
                load.field(series.variant().value()).field(entry.getValue().cardId()).field(series.source().code())
                        .field(series.region().code()).field(series.type().code())
                        .field(series.isGraded() ? series.grading().company().code() : "")
                        .field(series.isGraded() ? series.grading().grade() : "")
                        .field(series.currency().getCurrencyCode()).endRow();
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id, variant_id, source, region, price_type, "
                + "grading_company, grade, currency FROM price_series WHERE id > ? ORDER BY id")) {
            select.setFetchSize(10_000);
            select.setLong(1, highest);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    PriceSeries series = series(PriceSource.fromCode(rows.getString(3)), rows.getLong(2), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8));
                    int id = rows.getInt(1);
                    if (ids.putIfAbsent(series, id) == null) {
                        created.add(id);
                    }
                }
            }
        }
        List<PriceSeries> stillMissing = missing.keySet().stream().filter(series -> !ids.containsKey(series)).toList();
        for (int from = 0; from < stillMissing.size(); from += CHUNK) {
            reloadBySource(connection, stillMissing.subList(from, Math.min(from + CHUNK, stillMissing.size())));
        }
    }

    private void reloadBySource(Connection connection, List<PriceSeries> chunk) throws SQLException {
        Map<PriceSource, List<PriceSeries>> bySource = new LinkedHashMap<>();
        chunk.forEach(series -> bySource.computeIfAbsent(series.source(), s -> new ArrayList<>()).add(series));
        for (List<PriceSeries> ofOneSource : bySource.values()) {
            reload(connection, ofOneSource);
        }
    }

    /** Reads back the ids of {@code wanted}, all of one source (just inserted, or inserted meanwhile by another node). */
    private void reload(Connection connection, Collection<PriceSeries> wanted) throws SQLException {
        Map<Long, List<PriceSeries>> byVariant = new LinkedHashMap<>();
        wanted.forEach(series -> byVariant.computeIfAbsent(series.variant().value(), v -> new ArrayList<>()).add(series));
        PriceSource source = wanted.iterator().next().source();
        StringBuilder sql = new StringBuilder("SELECT id, variant_id, region, price_type, grading_company, grade, currency "
                + "FROM price_series WHERE source = ? AND variant_id IN (");
        int n = 0;
        for (int i = 0; i < byVariant.size(); i++) {
            sql.append(n++ == 0 ? "?" : ",?");
        }
        sql.append(')');
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            select.setString(1, source.code());
            int p = 2;
            for (Long variant : byVariant.keySet()) {
                select.setLong(p++, variant);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    PriceSeries series = series(source, rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7));
                    int id = rows.getInt(1);
                    if (ids.putIfAbsent(series, id) == null) {
                        created.add(id);
                    }
                }
            }
        }
        for (PriceSeries series : wanted) {
            if (!ids.containsKey(series)) {
                throw new PriceStoreException("price series not stored: " + series, null);
            }
        }
    }

    private static PriceSeries series(PriceSource source, long variant, String region, String type, String company,
                                      String grade, String currency) {
        Grading grading = company.isEmpty() ? null : Grading.of(GradingCompany.fromCode(company), grade);
        return new PriceSeries(new VariantId(variant), source, Region.fromCode(region), PriceType.fromCode(type), grading,
                Currency.getInstance(currency));
    }

    private record VariantCard(VariantId variant, long cardId) {
    }
}
