package io.cardvault.adapter.out.persistence.price;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Compact ids of price series, resolved in bulk and cached while the runs use them: per source
 * and variant, every series the table holds for it (Caffeine, bounded by {@code
 * CARDVAULT_PRICES_SERIES_CACHE} series in all; all let go when the runs end or idle, {@link SeriesCachePolicy}). A file's points come a variant at a time, so a
 * point costs one look into its variant's few series. A source whose series all fit is read whole
 * at first use, and a variant it lacks has none yet; beyond that, a file's unknown variants are read
 * a thousand at a time before the missing series are created. A series row is created in a
 * transaction of its own ({@code REQUIRES_NEW}) and committed at once: a file that later rolls back
 * leaves only harmless empty series behind, and the cache never holds an id the database does not have.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class SeriesRegistry {

    private static final int CHUNK = 500;
    /** From this many new series on, they are created with one bulk load instead of 500-row inserts. */
    static final int BULK = 5_000;

    private final DataSource dataSource;
    private final long capacity;
    /** Per source and variant, all its stored series; changed only under this registry's lock. */
    private final Cache<VariantKey, Map<PriceSeries, Integer>> variants;
    /** Series created by this process and not yet claimed: they have no stored history to load. */
    private final Set<Integer> created = ConcurrentHashMap.newKeySet();
    /** Sources read once at first use. */
    private final Set<PriceSource> warmed = EnumSet.noneOf(PriceSource.class);
    /** Sources whose every stored series is in the cache: a variant missing there has no series yet. */
    private final Set<PriceSource> complete = ConcurrentHashMap.newKeySet();

    @Inject
    SeriesRegistry(DataSource dataSource, @ConfigProperty(name = "CARDVAULT_PRICES_SERIES_CACHE") long capacity) {
        this(dataSource, SeriesCachePolicy.keptWhileTheProcessRuns(capacity));
    }

    /** The size bound comes from {@code policy}; letting go by time is {@link JdbcOutlierWindows}' call ({@link #release}). */
    SeriesRegistry(DataSource dataSource, SeriesCachePolicy policy) {
        this.dataSource = dataSource;
        this.capacity = policy.capacity();
        this.variants = Caffeine.newBuilder()
                .maximumWeight(capacity)
                .<VariantKey, Map<PriceSeries, Integer>>weigher((key, series) -> Math.max(1, series.size()))
                // eviction runs on the writing thread: no pool threads the container does not manage
                .executor(Runnable::run)
                .evictionListener((key, series, cause) -> complete.remove(key.source()))
                .build();
    }

    /** For CDI's client proxy only. */
    protected SeriesRegistry() {
        this.dataSource = null;
        this.capacity = 0;
        this.variants = null;
    }

    /**
     * Lets every cached series go (the runs that used them are over): the next run reads its sources whole
     * again, as a fresh process does. Under the registry's lock, so no resolve sees half the cache gone. No
     * transaction: nothing is read or written.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    synchronized void release() {
        variants.invalidateAll();
        complete.clear();
        warmed.clear();
    }

    /** How many series are cached now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    synchronized long cachedSeries() {
        return variants.asMap().values().stream().mapToLong(Map::size).sum();
    }

    /**
     * True once for a series this process created (it starts with no history), false ever after:
     * whoever claims it keeps its empty window; anyone later reads the series' points.
     */
    boolean claimNew(int seriesId) {
        return created.remove(seriesId);
    }

    /** The id of every point's series, in the points' order, creating the missing series. */
    synchronized int[] resolve(List<SeriesPoint> points) {
        int[] result = new int[points.size()];
        // the variants this call looked into, held here: the cache may let some go before the call ends
        Map<VariantKey, Map<PriceSeries, Integer>> held = new HashMap<>();
        Map<PriceSeries, VariantCard> unknown = new LinkedHashMap<>();
        Set<VariantKey> unread = new LinkedHashSet<>();
        try (OnDemandConnection connection = new OnDemandConnection(dataSource)) {
            VariantKey key = null;
            Map<PriceSeries, Integer> ofVariant = null;
            for (int i = 0; i < result.length; i++) {
                SeriesPoint point = points.get(i);
                PriceSeries series = point.series();
                if (key == null || key.variant() != series.variant().value() || key.source() != series.source()) {
                    if (warmed.add(series.source())) {
                        warm(connection.get(), series.source());
                    }
                    key = new VariantKey(series.source(), series.variant().value());
                    ofVariant = held.computeIfAbsent(key, variants::getIfPresent);
                    if (ofVariant == null && complete.contains(key.source())) {
                        ofVariant = new HashMap<>();
                        held.put(key, ofVariant);
                    }
                    if (ofVariant == null) {
                        unread.add(key);
                    }
                }
                Integer id = ofVariant == null ? null : ofVariant.get(series);
                if (id == null) {
                    unknown.putIfAbsent(series, new VariantCard(series.variant(), point.cardId().value()));
                    result[i] = -1;
                } else {
                    result[i] = id;
                }
            }
            if (unknown.isEmpty()) {
                return result;
            }
            // the variants whose series this call reads or creates: cached again afterwards, which also re-weighs them
            Set<VariantKey> touched = new HashSet<>(unread);
            unknown.keySet().forEach(series -> touched.add(keyOf(series)));
            readStored(connection.get(), unread, held);
            unknown.keySet().removeIf(series -> held.get(keyOf(series)).containsKey(series));
            if (!unknown.isEmpty()) {
                create(connection.get(), unknown, held);
            }
            touched.forEach(changed -> variants.put(changed, held.get(changed)));
            for (int i = 0; i < result.length; i++) {
                if (result[i] == -1) {
                    PriceSeries series = points.get(i).series();
                    result[i] = held.get(keyOf(series)).get(series);
                }
            }
        } catch (SQLException e) {
            throw new PriceStoreException("cannot resolve price series", e);
        }
        return result;
    }

    /**
     * Reads a source's series into the cache, variant by variant, while they fit; the source is
     * complete if all did. The unique key leads with the variant, so the read is in that order.
     */
    private void warm(Connection connection, PriceSource source) throws SQLException {
        complete.add(source);
        long read = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT id, variant_id, region, price_type, "
                + "grading_company, grade, currency FROM price_series WHERE source = ? ORDER BY variant_id")) {
            select.setFetchSize(10_000);
            select.setString(1, source.code());
            try (ResultSet rows = select.executeQuery()) {
                long variant = -1;
                Map<PriceSeries, Integer> ofVariant = null;
                while (rows.next()) {
                    if (rows.getLong(2) != variant) {
                        if (ofVariant != null) {
                            variants.put(new VariantKey(source, variant), ofVariant);
                        }
                        if (read >= capacity) {
                            complete.remove(source);
                            return;
                        }
                        variant = rows.getLong(2);
                        ofVariant = new HashMap<>();
                    }
                    ofVariant.put(series(source, variant, rows.getString(3), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getString(7)), rows.getInt(1));
                    read++;
                }
                if (ofVariant != null) {
                    variants.put(new VariantKey(source, variant), ofVariant);
                }
            }
        }
    }

    /** Every stored series of the {@code unread} variants (none of them cached), into {@code held}. */
    private void readStored(Connection connection, Set<VariantKey> unread, Map<VariantKey, Map<PriceSeries, Integer>> held)
            throws SQLException {
        unread.forEach(key -> held.put(key, new HashMap<>())); // a variant with no stored series is known empty
        readVariants(connection, unread, held, false);
    }

    /** Every stored series of {@code keys}' variants, a source and {@value PriceSql#ROWS} variants at a time, into {@code held}. */
    private void readVariants(Connection connection, Collection<VariantKey> keys, Map<VariantKey, Map<PriceSeries, Integer>> held,
                              boolean justCreated) throws SQLException {
        Map<PriceSource, List<Long>> bySource = new EnumMap<>(PriceSource.class);
        for (VariantKey key : keys) {
            bySource.computeIfAbsent(key.source(), s -> new ArrayList<>()).add(key.variant());
        }
        for (Map.Entry<PriceSource, List<Long>> ofSource : bySource.entrySet()) {
            List<Long> all = ofSource.getValue();
            for (int from = 0; from < all.size(); from += PriceSql.ROWS) {
                read(connection, ofSource.getKey(), all.subList(from, Math.min(from + PriceSql.ROWS, all.size())), held,
                        justCreated);
            }
        }
    }

    private void create(Connection connection, Map<PriceSeries, VariantCard> missing,
                        Map<VariantKey, Map<PriceSeries, Integer>> held)
            throws SQLException {
        if (missing.size() >= BULK) {
            createInBulk(connection, missing, held);
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
            readBack(connection, chunk.stream().map(Map.Entry::getKey).toList(), held);
        }
    }

    /**
     * Many new series at once (a source's first full guide: millions): one bulk load, then one
     * primary-key range read of the rows above the highest id seen before it. A series another node
     * created meanwhile is skipped by the load's IGNORE and read back by variant.
     */
    private void createInBulk(Connection connection, Map<PriceSeries, VariantCard> missing,
                              Map<VariantKey, Map<PriceSeries, Integer>> held)
            throws SQLException {
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
                    keep(series, rows.getInt(1), missing.containsKey(series), held);
                }
            }
        }
        List<PriceSeries> stillMissing = missing.keySet().stream().filter(series -> !isHeld(series, held)).toList();
        for (int from = 0; from < stillMissing.size(); from += CHUNK) {
            readBack(connection, stillMissing.subList(from, Math.min(from + CHUNK, stillMissing.size())), held);
        }
    }

    /** Reads back the ids of {@code wanted} (just inserted, or inserted meanwhile by another node); each must be there. */
    private void readBack(Connection connection, List<PriceSeries> wanted, Map<VariantKey, Map<PriceSeries, Integer>> held)
            throws SQLException {
        readVariants(connection, wanted.stream().map(SeriesRegistry::keyOf).collect(Collectors.toCollection(LinkedHashSet::new)),
                held, true);
        for (PriceSeries series : wanted) {
            if (!isHeld(series, held)) {
                throw new PriceStoreException("price series not stored: " + series, null);
            }
        }
    }

    /** Every stored series of {@code variants} of one source, into {@code held}. */
    private void read(Connection connection, PriceSource source, List<Long> variants,
                      Map<VariantKey, Map<PriceSeries, Integer>> held, boolean justCreated) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, variant_id, region, price_type, grading_company, "
                + "grade, currency FROM price_series WHERE source = ? AND variant_id IN ("
                + PriceSql.placeholders(variants.size()) + ")")) {
            select.setString(1, source.code());
            int p = 2;
            for (Long variant : variants) {
                select.setLong(p++, variant);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    PriceSeries series = series(source, rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7));
                    keep(series, rows.getInt(1), justCreated, held);
                }
            }
        }
    }

    /** A series read from the table, held under its variant, and remembered as new when this process has just created it. */
    private void keep(PriceSeries series, int id, boolean justCreated, Map<VariantKey, Map<PriceSeries, Integer>> held) {
        if (held.computeIfAbsent(keyOf(series), key -> new HashMap<>()).putIfAbsent(series, id) == null && justCreated) {
            created.add(id);
        }
    }

    private static boolean isHeld(PriceSeries series, Map<VariantKey, Map<PriceSeries, Integer>> held) {
        Map<PriceSeries, Integer> ofVariant = held.get(keyOf(series));
        return ofVariant != null && ofVariant.containsKey(series);
    }

    private static VariantKey keyOf(PriceSeries series) {
        return new VariantKey(series.source(), series.variant().value());
    }

    private static PriceSeries series(PriceSource source, long variant, String region, String type, String company,
                                      String grade, String currency) {
        Grading grading = company.isEmpty() ? null : Grading.of(GradingCompany.fromCode(company), grade);
        return new PriceSeries(new VariantId(variant), source, Region.fromCode(region), PriceType.fromCode(type), grading,
                Currency.getInstance(currency));
    }

    private record VariantCard(VariantId variant, long cardId) {
    }

    private record VariantKey(PriceSource source, long variant) {
    }
}
