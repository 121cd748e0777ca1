package io.cardvault.adapter.out.persistence;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.adapter.out.persistence.search.CardNameIndex;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadSealedProductsPort;
import io.cardvault.application.port.out.catalogue.CatalogueReadFailedException;
import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardImageFacts;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.PrintingDetails;
import io.cardvault.domain.catalogue.SealedProduct;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.catalogue.VariantDetails;
import io.cardvault.domain.catalogue.Window;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The catalogue's read models with plain JDBC. Every list is one query on an index (set → cards
 * by number, game → sets by release date, names, cross references) plus one COUNT where the total
 * is not kept; a card's printings and variants come in one query per level for any number of
 * cards, never one per card. Plain JDBC, not JPA: these are read views (joined projections, counts)
 * on the request path, with no aggregate to load or track.
 */
@ApplicationScoped
class JdbcCatalogueViews implements LoadCatalogueViewsPort, LoadSealedProductsPort {

    private static final String GAME_COLUMNS = "g.id, g.slug, g.name, g.publisher, g.website_url, g.active, g.created_at, "
            + "gs.sets, gs.cards";
    private static final String SET_COLUMNS = "s.id, s.game_id, g.slug, g.name, s.code, s.name, s.series, s.release_date, "
            + "s.official_count, s.card_count, s.is_promo, s.language";
    /** A card's overview, then the stored facts its picture address derives from (catalogue … ygoprodeck id). */
    static final String CARD_COLUMNS = "c.id, c.set_id, g.slug, c.name, c.local_id, c.collector_number, c.rarity, "
            + "c.category, c.hp, c.types, c.stage, c.evolves_from, c.illustrator, s.name, s.code, s.release_date, s.language, "
            + "s.catalogue, s.series_id, s.external_id, c.scryfall_id, c.ygoprodeck_id";
    /** How many columns {@link #CARD_COLUMNS} reads: a query's own columns follow from this + 1. */
    static final int CARD_COLUMN_COUNT = 22;
    static final String CARD_FROM = " FROM card c JOIN card_set s ON s.id = c.set_id JOIN game g ON g.id = c.game_id";
    /** Cards found by name or number: oldest set first (undated last), then collector-number order. */
    private static final String RESOLVER_ORDER = " ORDER BY " + CardNameIndex.RESOLVER_ORDER_SQL;
    private static final String CROSS_REFERENCE_COLUMNS =
            "cardmarket_product_id, tcgplayer_product_id, pricecharting_id, mtgjson_uuid, scryfall_id, ygoprodeck_id, "
            + "konami_id, ygo_password, dreamborn_id, ravensburger_id";
    private static final int CROSS_REFERENCE_COLUMN_COUNT = 10;

    private final DataSource dataSource;
    private final CardNameIndex names;

    @Inject
    JdbcCatalogueViews(DataSource dataSource, CardNameIndex names) {
        this.dataSource = dataSource;
        this.names = names;
    }

    /** Views with no name index: every name filter scans (tests of the SQL itself). */
    JdbcCatalogueViews(DataSource dataSource) {
        this(dataSource, CardNameIndex.NONE);
    }

    /** For CDI's client proxy only. */
    protected JdbcCatalogueViews() {
        this.dataSource = null;
        this.names = null;
    }

    @Override
    public List<GameOverview> games() {
        return list("SELECT " + GAME_COLUMNS + " FROM game g LEFT JOIN game_stat gs ON gs.game_id = g.id ORDER BY g.id",
                List.of(), JdbcCatalogueViews::game);
    }

    @Override
    public Optional<GameOverview> game(String slug) {
        return first("SELECT " + GAME_COLUMNS + " FROM game g LEFT JOIN game_stat gs ON gs.game_id = g.id WHERE g.slug = ?",
                List.of(slug), JdbcCatalogueViews::game);
    }

    @Override
    public Slice<SetOverview> setsOf(String gameSlug, Window window) {
        List<SetOverview> sets = list("SELECT " + SET_COLUMNS + " FROM card_set s JOIN game g ON g.id = s.game_id "
                + "WHERE g.slug = ? ORDER BY s.release_date IS NULL, s.release_date, s.id LIMIT ? OFFSET ?",
                List.of(gameSlug, window.limit(), window.offset()), JdbcCatalogueViews::set);
        long total = count("SELECT COUNT(*) FROM card_set s JOIN game g ON g.id = s.game_id WHERE g.slug = ?", List.of(gameSlug));
        return new Slice<>(sets, total);
    }

    @Override
    public Optional<SetOverview> set(CardSetId setId) {
        return first("SELECT " + SET_COLUMNS + " FROM card_set s JOIN game g ON g.id = s.game_id WHERE s.id = ?",
                List.of(setId.value()), JdbcCatalogueViews::set);
    }

    @Override
    public List<CardOverview> cardsOf(CardSetId setId, Window window) {
        return list("SELECT " + CARD_COLUMNS + CARD_FROM + " WHERE c.set_id = ? "
                + "ORDER BY c.number_sort IS NULL, c.number_sort, c.local_id, c.id LIMIT ? OFFSET ?",
                List.of(setId.value(), window.limit(), window.offset()), JdbcCatalogueViews::card);
    }

    /**
     * Every catalogue read gets the same time budget. A read that needs more is a bug or an
     * unindexed filter (a name substring scans every language's names); bounded, a burst of such
     * queries fails fast (503) instead of holding every pooled connection and starving all other
     * routes, as it once did under load (docs/benchmarks-history.md). Connector/J sends it to MariaDB as
     * the statement's {@code max_statement_time}, so the server stops the work too.
     */
    static final int READ_BUDGET_SECONDS = 2;

    @Override
    public Slice<CardOverview> cards(CardCriteria criteria, Window window) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (criteria.gameSlug() != null) {
            where.append(" AND g.slug = ?");
            parameters.add(criteria.gameSlug());
        }
        if (criteria.setId() != null) {
            where.append(" AND c.set_id = ?");
            parameters.add(criteria.setId());
        }
        if (criteria.name() != null) {
            Optional<Set<Long>> named = names.cardsWithNameContaining(criteria.name());
            if (named.isPresent() && named.get().isEmpty()) {
                return new Slice<>(List.of(), 0);
            }
            if (named.isPresent()) {
                // the index's ids written inline: numbers only, and a statement per id count would
                // defeat the statement cache anyway
                where.append(" AND c.id IN (").append(named.get().stream().map(String::valueOf)
                        .collect(Collectors.joining(","))).append(')');
            } else {
                // card_name holds every language's name; its collation ignores case and accents
                where.append(" AND c.id IN (SELECT n.card_id FROM card_name n WHERE n.name LIKE ? ESCAPE '!')");
                parameters.add("%" + likeEscaped(criteria.name()) + "%");
            }
        }
        if (criteria.number() != null) {
            where.append(criteria.number().contains("/") ? " AND c.collector_number = ?" : " AND c.local_id = ?");
            parameters.add(criteria.number());
        }
        if (criteria.rarity() != null) {
            where.append(" AND c.rarity = ?");
            parameters.add(criteria.rarity());
        }
        String order = criteria.setId() != null ? " ORDER BY c.number_sort IS NULL, c.number_sort, c.local_id, c.id"
                : criteria.name() != null || criteria.number() != null ? RESOLVER_ORDER
                : " ORDER BY c.id";
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(window.limit());
        paged.add(window.offset());
        List<CardOverview> cards = list("SELECT " + CARD_COLUMNS + CARD_FROM + where + order + " LIMIT ? OFFSET ?",
                paged, JdbcCatalogueViews::card);
        long total = window.offset() == 0 && cards.size() < window.limit() ? cards.size()
                : count("SELECT COUNT(*)" + CARD_FROM + where, parameters);
        return new Slice<>(cards, total);
    }

    /**
     * A name alone (with or without a game) is answered from the search index: its first matches in
     * this order, with the overviews it holds, and no row read. A common name matches thousands of
     * cards of a large catalogue, which the {@code IN} list and count of {@link #cards} would read
     * every one of; the index reads its first matches only. The index answers only while it holds the
     * catalogue's current names, with the overviews this adapter's SQL would read (it ranks the local
     * ids by their collation when it is built). Anything else, or an index that cannot answer, goes
     * through {@link #cards}.
     */
    @Override
    public List<CardOverview> firstCards(CardCriteria criteria, int limit) {
        if (criteria.name() != null && criteria.number() == null && criteria.setId() == null && criteria.rarity() == null) {
            Optional<List<CardOverview>> first = names.firstCardsNamed(criteria.gameSlug(), criteria.name(), limit);
            if (first.isPresent()) {
                return first.get();
            }
        }
        return cards(criteria, new Window(0, limit)).items();
    }

    @Override
    public Optional<CardDetails> card(CardId cardId) {
        return cards(List.of(cardId)).stream().findFirst();
    }

    @Override
    public List<CardDetails> cards(Collection<CardId> cardIds) {
        if (cardIds.isEmpty()) {
            return List.of();
        }
        String in = placeholders(cardIds.size());
        List<Object> ids = cardIds.stream().<Object>map(CardId::value).toList();
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, CardOverview> overviews = new LinkedHashMap<>();
            Map<Long, CrossReferences> cardReferences = new LinkedHashMap<>();
            Map<Long, SetOverview> sets = new LinkedHashMap<>();
            query(connection, "SELECT " + CARD_COLUMNS + ", c." + CROSS_REFERENCE_COLUMNS.replace(", ", ", c.") + ", "
                    + SET_COLUMNS + CARD_FROM + " WHERE c.id IN (" + in + ")", ids, rows -> {
                        CardOverview card = card(rows);
                        overviews.put(card.id(), card);
                        cardReferences.put(card.id(), crossReferences(rows, CARD_COLUMN_COUNT + 1));
                        sets.put(card.id(), set(rows, CARD_COLUMN_COUNT + 1 + CROSS_REFERENCE_COLUMN_COUNT));
                    });
            Map<Long, List<long[]>> printingIdsByCard = new LinkedHashMap<>();
            Map<Long, String[]> printingKeys = new LinkedHashMap<>();
            query(connection, "SELECT p.id, p.card_id, p.language, p.print_run FROM printing p WHERE p.card_id IN (" + in + ") "
                    + "ORDER BY p.card_id, p.language <> (SELECT s.language FROM card c JOIN card_set s ON s.id = c.set_id "
                    + "WHERE c.id = p.card_id), p.language, FIELD(p.print_run, 'unlimited', 'shadowless', '1st_edition'), p.id",
                    ids, rows -> {
                        printingIdsByCard.computeIfAbsent(rows.getLong(2), card -> new ArrayList<>()).add(new long[] {rows.getLong(1)});
                        printingKeys.put(rows.getLong(1), new String[] {rows.getString(3), rows.getString(4)});
                    });
            Map<Long, List<VariantDetails>> variantsByPrinting = new LinkedHashMap<>();
            if (!printingKeys.isEmpty()) {
                query(connection, "SELECT v.printing_id, v.id, v.finish, v.foil_pattern, v.stamps, v.size, v.label, "
                        + "v." + CROSS_REFERENCE_COLUMNS.replace(", ", ", v.") + " FROM variant v WHERE v.printing_id IN ("
                        + placeholders(printingKeys.size()) + ") ORDER BY v.printing_id, v.id", List.copyOf(printingKeys.keySet()),
                        rows -> variantsByPrinting.computeIfAbsent(rows.getLong(1), printing -> new ArrayList<>())
                                .add(new VariantDetails(rows.getLong(2), rows.getString(3), rows.getString(4),
                                        rows.getString(5) == null ? List.of() : Arrays.asList(rows.getString(5).split(",")),
                                        rows.getString(6), rows.getString(7), crossReferences(rows, 8))));
            }
            List<CardDetails> details = new ArrayList<>();
            for (Map.Entry<Long, CardOverview> entry : overviews.entrySet()) {
                long id = entry.getKey();
                List<PrintingDetails> printings = printingIdsByCard.getOrDefault(id, List.of()).stream().map(printing -> {
                    String[] key = printingKeys.get(printing[0]);
                    return new PrintingDetails(printing[0], key[0], key[1], variantsByPrinting.getOrDefault(printing[0], List.of()));
                }).toList();
                CrossReferences references = cardReferences.get(id);
                for (PrintingDetails printing : printings) {
                    for (VariantDetails variant : printing.variants()) {
                        references = references.completedWith(variant.crossReferences());
                    }
                }
                details.add(new CardDetails(entry.getValue(), sets.get(id), references, printings));
            }
            return details;
        } catch (SQLException e) {
            throw new CatalogueReadFailedException("cannot read cards " + cardIds, e);
        }
    }

    @Override
    public List<CardOverview> cardsNamed(String gameSlug, String language, String name) {
        return list("SELECT " + CARD_COLUMNS + CARD_FROM + " WHERE c.game_id = (SELECT id FROM game WHERE slug = ?) "
                + "AND c.name = ? AND s.language = ?", List.of(gameSlug, name, language), JdbcCatalogueViews::card);
    }

    @Override
    public List<CardOverview> cardsEvolvingFrom(String gameSlug, String language, String name) {
        return list("SELECT " + CARD_COLUMNS + CARD_FROM + " WHERE c.evolves_from = ? AND g.slug = ? AND s.language = ?",
                List.of(name, gameSlug, language), JdbcCatalogueViews::card);
    }

    @Override
    public Slice<CardOverview> cardsReleasedSince(LocalDate since, Optional<String> gameSlug, int limit) {
        String where = " WHERE s.release_date >= ?" + (gameSlug.isPresent() ? " AND g.slug = ?" : "");
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(since)));
        gameSlug.ifPresent(parameters::add);
        List<Object> limited = new ArrayList<>(parameters);
        limited.add(limit);
        List<CardOverview> cards = list("SELECT " + CARD_COLUMNS + CARD_FROM + where
                + " ORDER BY s.release_date DESC, s.id DESC, c.number_sort IS NULL, c.number_sort, c.local_id, c.id LIMIT ?",
                limited, JdbcCatalogueViews::card);
        return new Slice<>(cards, count("SELECT COUNT(*)" + CARD_FROM + where, parameters));
    }

    @Override
    public Slice<SealedProduct> sealedProducts(String gameSlug, Optional<CardSetId> setId, Window window) {
        String where = " WHERE g.slug = ?" + (setId.isPresent() ? " AND p.set_id = ?" : "");
        List<Object> parameters = new ArrayList<>(List.of(gameSlug));
        setId.map(CardSetId::value).ifPresent(parameters::add);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(window.limit());
        paged.add(window.offset());
        String from = " FROM sealed_product p JOIN game g ON g.id = p.game_id";
        List<SealedProduct> products = list("SELECT p.id, g.slug, p.set_id, p.name, p.product_type, p.release_date, p.created_at"
                + from + where + " ORDER BY p.id LIMIT ? OFFSET ?", paged, JdbcCatalogueViews::sealed);
        return new Slice<>(products, count("SELECT COUNT(*)" + from + where, parameters));
    }

    @Override
    public Optional<SealedProduct> sealedProduct(String gameSlug, long productId) {
        return first("SELECT p.id, g.slug, p.set_id, p.name, p.product_type, p.release_date, p.created_at "
                + "FROM sealed_product p JOIN game g ON g.id = p.game_id WHERE g.slug = ? AND p.id = ?",
                List.of(gameSlug, productId), JdbcCatalogueViews::sealed);
    }

    // --- row mapping

    private static GameOverview game(ResultSet rows) throws SQLException {
        Timestamp created = rows.getTimestamp(7);
        return new GameOverview(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getBoolean(6), created == null ? null : created.toInstant(), nullableLong(rows, 8), nullableLong(rows, 9));
    }

    private static SetOverview set(ResultSet rows) throws SQLException {
        return set(rows, 1);
    }

    private static SetOverview set(ResultSet rows, int first) throws SQLException {
        int i = first;
        return new SetOverview(rows.getLong(i++), rows.getInt(i++), rows.getString(i++), rows.getString(i++),
                rows.getString(i++), rows.getString(i++), rows.getString(i++), localDate(rows, i++),
                nullableInt(rows, i++), rows.getInt(i++), rows.getBoolean(i++), rows.getString(i));
    }

    static CardOverview card(ResultSet rows) throws SQLException {
        return new CardOverview(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getString(6), rows.getString(7), rows.getString(8), nullableInt(rows, 9), rows.getString(10),
                rows.getString(11), rows.getString(12), rows.getString(13), rows.getString(14), rows.getString(15),
                localDate(rows, 16), rows.getString(17), new CardImageFacts(rows.getString(18), rows.getString(17),
                rows.getString(19), rows.getString(20), rows.getString(5), uuid(rows.getString(21)), nullableLong(rows, 22)));
    }

    private static SealedProduct sealed(ResultSet rows) throws SQLException {
        Timestamp created = rows.getTimestamp(7);
        return new SealedProduct(rows.getLong(1), rows.getString(2), nullableLong(rows, 3), rows.getString(4),
                rows.getString(5), localDate(rows, 6), created == null ? null : created.toInstant());
    }

    private static CrossReferences crossReferences(ResultSet rows, int first) throws SQLException {
        return new CrossReferences(nullableLong(rows, first), nullableLong(rows, first + 1), nullableLong(rows, first + 2),
                uuid(rows.getString(first + 3)), uuid(rows.getString(first + 4)), nullableLong(rows, first + 5),
                nullableLong(rows, first + 6), rows.getString(first + 7), rows.getString(first + 8), rows.getString(first + 9));
    }

    private static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    private static LocalDate localDate(ResultSet rows, int column) throws SQLException {
        Date date = rows.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    // --- plumbing

    /** {@code !} escapes LIKE's wildcards so a name with {@code %} or {@code _} matches itself. */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static String placeholders(int count) {
        return Collections.nCopies(count, "?").stream().collect(Collectors.joining(","));
    }

    private interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    interface RowConsumer {
        void accept(ResultSet rows) throws SQLException;
    }

    private <T> List<T> list(String sql, List<Object> parameters, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection()) {
            List<T> result = new ArrayList<>();
            query(connection, sql, parameters, rows -> result.add(mapper.map(rows)));
            return result;
        } catch (SQLException e) {
            throw new CatalogueReadFailedException("catalogue read failed: " + e.getMessage(), e);
        }
    }

    private <T> Optional<T> first(String sql, List<Object> parameters, RowMapper<T> mapper) {
        return list(sql, parameters, mapper).stream().findFirst();
    }

    private long count(String sql, List<Object> parameters) {
        return list(sql, parameters, rows -> rows.getLong(1)).get(0);
    }

    static void query(Connection connection, String sql, List<Object> parameters, RowConsumer consumer)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(READ_BUDGET_SECONDS);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(rows);
                }
            }
        }
    }
}
