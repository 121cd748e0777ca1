package io.cardvault.adapter.out.persistence.search;

import io.cardvault.domain.catalogue.CardImageFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads what the index needs from the catalogue tables with three plain queries (cards with
 * their set, game, USD price summary, place in the resolver's order, picture facts and the rest of
 * their overview, every card name, every set name) and the version: the
 * latest {@code catalogue_stat.updated_at} or {@code price_stat.updated_at}, which every stored set
 * and every price ingest move forward. Plain JDBC, not JPA: three bulk reads of whole tables.
 */
final class CatalogueSearchRows {

    /**
     * The last column is each card's place in the resolver's order as the catalogue views sort it
     * ({@link CardNameIndex#RESOLVER_ORDER_SQL}): the database ranks the local ids by their own
     * collation, which no Java comparator reproduces, so the index can answer a page in that exact order.
     */
    private static final String CARDS = "SELECT c.id, c.name, c.local_id, c.collector_number, c.rarity, c.category, "
            + "c.set_id, s.name, s.code, g.slug, p.best_price, p.price_change_7d, s.release_date, c.number_sort, "
            + "s.catalogue, s.language, s.series_id, s.external_id, c.scryfall_id, c.ygoprodeck_id, "
            + "c.hp, c.types, c.stage, c.evolves_from, c.illustrator, "
            + "ROW_NUMBER() OVER (ORDER BY " + CardNameIndex.RESOLVER_ORDER_SQL + ") "
            + "FROM card c JOIN card_set s ON s.id = c.set_id JOIN game g ON g.id = c.game_id "
            + "LEFT JOIN card_price_summary p ON p.card_id = c.id AND p.currency = 'USD' ORDER BY c.id";
    private static final String CARD_NAMES = "SELECT card_id, name FROM card_name";
    private static final String SET_NAMES = "SELECT set_id, name FROM card_set_name";
    /**
     * Both clocks side by side, not their maximum: either moving (an import, a price ingest touching
     * price_stat as it rewrites summaries) is a new version, whatever the other one says.
     */
    private static final String VERSION = "SELECT (SELECT MAX(updated_at) FROM catalogue_stat), "
            + "(SELECT MAX(updated_at) FROM price_stat)";

    private final DataSource dataSource;

    CatalogueSearchRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * What the index was built from: the catalogue's clock (names, numbers, sets) and the prices'
     * clock (best price, 7-day change); either may be null before its table holds a counter.
     */
    record Version(Timestamp catalogue, Timestamp prices) {
    }

    /** The catalogue's and prices' version, empty before the schema holds any counter. */
    Optional<Version> version() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(VERSION)) {
            if (!rows.next()) {
                return Optional.empty();
            }
            Timestamp catalogue = rows.getTimestamp(1);
            Timestamp prices = rows.getTimestamp(2);
            return catalogue == null && prices == null ? Optional.empty() : Optional.of(new Version(catalogue, prices));
        }
    }

    List<IndexedCard> cards() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Map<Long, List<String>> setNames = names(statement, SET_NAMES);
            Map<Long, List<String>> cardNames = names(statement, CARD_NAMES);
            List<IndexedCard> cards = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(CARDS)) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    long setId = rows.getLong(7);
                    cards.add(new IndexedCard(id, rows.getString(2), cardNames.getOrDefault(id, List.of()),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), setId,
                            rows.getString(8), setNames.getOrDefault(setId, List.of()), rows.getString(9),
                            rows.getString(10), cents(rows.getBigDecimal(11)), rows.getBigDecimal(12),
                            rows.getObject(13, LocalDate.class), rows.getObject(14) == null ? null : rows.getLong(14),
                            new CardImageFacts(rows.getString(15), rows.getString(16), rows.getString(17),
                                    rows.getString(18), rows.getString(3), uuid(rows.getString(19)), ygoprodeckId(rows)),
                            rows.getString(16), new IndexedCard.PlayFacts(hp(rows), rows.getString(22), rows.getString(23),
                                    rows.getString(24), rows.getString(25)), rows.getLong(26)));
                }
            }
            return cards;
        }
    }

    private static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    private static Long ygoprodeckId(ResultSet rows) throws SQLException {
        long id = rows.getLong(20);
        return rows.wasNull() ? null : id;
    }

    private static Integer hp(ResultSet rows) throws SQLException {
        int hp = rows.getInt(21);
        return rows.wasNull() ? null : hp;
    }

    /** Search bounds are whole US cents. */
    private static Long cents(BigDecimal usd) {
        return usd == null ? null : usd.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static Map<Long, List<String>> names(Statement statement, String sql) throws SQLException {
        Map<Long, List<String>> names = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>(4)).add(rows.getString(2));
            }
        }
        return names;
    }
}
