package io.cardvault.adapter.out.persistence;

import io.cardvault.adapter.out.persistence.search.CardNameIndex;
import io.cardvault.application.port.out.BrowseMarketCardsPort;
import io.cardvault.application.port.out.catalogue.CatalogueReadFailedException;
import io.cardvault.application.port.out.catalogue.MarketCardFilter;
import io.cardvault.application.port.out.catalogue.MarketCardRow;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The Pokémon catalogue as per-market listings, walked by key ({@code c.id > ?} on the primary key,
 * never an offset), with plain JDBC: a read view on the request path (a joined projection plus
 * {@code EXISTS} filters) with no aggregate to load. A page is two queries whatever its size: the
 * cards, then the first variant of each. A card's Cardmarket product is its own id, else its first
 * variant's (tcgdex keeps most of them on the variants); an EU listing holds the cards with one.
 * Reads have the catalogue's statement budget ({@link JdbcCatalogueViews#READ_BUDGET_SECONDS}).
 */
@ApplicationScoped
class JdbcMarketCards implements BrowseMarketCardsPort {

    private static final String VARIANT_CARDMARKET = "(SELECT MIN(v.cardmarket_product_id) FROM printing p "
            + "JOIN variant v ON v.printing_id = p.id WHERE p.card_id = c.id)";
    private static final String COLUMNS = "c.id, c.name, c.collector_number, c.set_id, s.name, s.code, c.rarity, "
            + "COALESCE(c.cardmarket_product_id, " + VARIANT_CARDMARKET + ")";
    private static final String FROM = " FROM card c JOIN card_set s ON s.id = c.set_id JOIN game g ON g.id = c.game_id"
            + " WHERE g.slug = 'pokemon'";
    /** Companies whose slabs PokeTrace names; '' is raw and 'other' names none. */
    private static final String GRADED = "EXISTS (SELECT 1 FROM price_series ps WHERE ps.card_id = c.id "
            + "AND ps.grading_company NOT IN ('', 'other'))";

    private final DataSource dataSource;
    private final CardNameIndex names;

    @Inject
    JdbcMarketCards(DataSource dataSource, CardNameIndex names) {
        this.dataSource = dataSource;
        this.names = names;
    }

    /** Listings with no name index: every name filter scans (tests of the SQL itself). */
    JdbcMarketCards(DataSource dataSource) {
        this(dataSource, CardNameIndex.NONE);
    }

    /** For CDI's client proxy only. */
    protected JdbcMarketCards() {
        this.dataSource = null;
        this.names = null;
    }

    @Override
    public List<MarketCardRow> cardsAfter(MarketCardFilter filter, long afterCardId, int limit) {
        StringBuilder where = new StringBuilder(" AND c.id > ?");
        List<Object> parameters = new ArrayList<>(List.of(afterCardId));
        if (filter.market() == Region.EU) {
            where.append(" AND (c.cardmarket_product_id IS NOT NULL OR EXISTS (SELECT 1 FROM printing p JOIN variant v "
                    + "ON v.printing_id = p.id WHERE p.card_id = c.id AND v.cardmarket_product_id IS NOT NULL))");
        }
        if (filter.set().isPresent()) {
            where.append(" AND c.set_id = ?");
            parameters.add(filter.set().get().value());
        }
        if (filter.nameContains().isPresent()) {
            Optional<Set<Long>> named = names.cardsWithNameContaining(filter.nameContains().get());
            if (named.isPresent() && named.get().isEmpty()) {
                return List.of();
            }
            if (named.isPresent()) {
                // the index's ids written inline: numbers only
                where.append(" AND c.id IN (").append(named.get().stream().map(String::valueOf)
                        .collect(Collectors.joining(","))).append(')');
            } else {
                // card_name holds every language's name; its collation ignores case and accents
                where.append(" AND c.id IN (SELECT n.card_id FROM card_name n WHERE n.name LIKE ? ESCAPE '!')");
                parameters.add("%" + JdbcCatalogueViews.likeEscaped(filter.nameContains().get()) + "%");
            }
        }
        if (filter.collectorNumber().isPresent()) {
            String number = filter.collectorNumber().get();
            where.append(number.contains("/") ? " AND c.collector_number = ?" : " AND c.local_id = ?");
            parameters.add(number);
        }
        if (filter.finish().isPresent()) {
            where.append(" AND EXISTS (SELECT 1 FROM printing p JOIN variant v ON v.printing_id = p.id "
                    + "WHERE p.card_id = c.id AND v.finish = ?)");
            parameters.add(filter.finish().get().code());
        }
        if (filter.gradedOnly()) {
            where.append(" AND ").append(GRADED);
        }
        parameters.add(limit);
        return read("SELECT " + COLUMNS + FROM + where + " ORDER BY c.id LIMIT ?", parameters, OptionalLong.empty());
    }

    @Override
    public Optional<MarketCardRow> card(CardId card) {
        return read("SELECT " + COLUMNS + FROM + " AND c.id = ?", List.of(card.value()), OptionalLong.empty())
                .stream().findFirst();
    }

    @Override
    public Optional<MarketCardRow> cardSoldAs(long cardmarketProductId) {
        return read("SELECT " + COLUMNS + FROM + " AND c.id = (SELECT MIN(holder.id) FROM (SELECT c2.id FROM card c2 "
                        + "WHERE c2.cardmarket_product_id = ? UNION ALL SELECT p.card_id FROM variant v JOIN printing p "
                        + "ON p.id = v.printing_id WHERE v.cardmarket_product_id = ?) holder)",
                List.of(cardmarketProductId, cardmarketProductId), OptionalLong.of(cardmarketProductId)).stream().findFirst();
    }

    /** The rows, each with its first variant; {@code soldAs} is the Cardmarket product asked for, when one was. */
    private List<MarketCardRow> read(String sql, List<Object> parameters, OptionalLong soldAs) {
        try (Connection connection = dataSource.getConnection()) {
            List<Object[]> cards = new ArrayList<>();
            JdbcCatalogueViews.query(connection, sql, parameters, rows -> cards.add(new Object[] {
                    rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4), rows.getString(5),
                    rows.getString(6), rows.getString(7), nullableLong(rows, 8)}));
            if (cards.isEmpty()) {
                return List.of();
            }
            Map<Long, Object[]> firstVariants = new HashMap<>();
            List<Object> ids = cards.stream().map(card -> card[0]).toList();
            JdbcCatalogueViews.query(connection, "SELECT p.card_id, v.id, v.finish FROM printing p JOIN variant v "
                    + "ON v.printing_id = p.id WHERE p.card_id IN (" + JdbcCatalogueViews.placeholders(ids.size()) + ") "
                    + "ORDER BY v.id", ids, rows -> firstVariants.putIfAbsent(rows.getLong(1),
                    new Object[] {rows.getLong(2), rows.getString(3)}));
            List<MarketCardRow> result = new ArrayList<>(cards.size());
            for (Object[] card : cards) {
                Object[] variant = firstVariants.get((Long) card[0]);
                Long cardmarket = soldAs.isPresent() ? Long.valueOf(soldAs.getAsLong()) : (Long) card[7];
                result.add(new MarketCardRow(new CardId((Long) card[0]), (String) card[1], (String) card[2],
                        new CardSetId((Long) card[3]), (String) card[4], (String) card[5], Optional.ofNullable((String) card[6]),
                        cardmarket == null ? OptionalLong.empty() : OptionalLong.of(cardmarket),
                        variant == null ? Optional.empty() : Optional.of(new VariantId((Long) variant[0])),
                        variant == null ? Optional.empty() : Optional.of(Finish.fromCode((String) variant[1]))));
            }
            return result;
        } catch (SQLException e) {
            throw new CatalogueReadFailedException("market card read failed: " + e.getMessage(), e);
        }
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }
}
