package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.LoadImportCandidatesPort;
import io.cardvault.application.port.out.catalogue.CatalogueReadFailedException;
import io.cardvault.application.port.out.catalogue.ImportCandidateQuery;
import io.cardvault.application.port.out.catalogue.ImportableSet;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The catalogue as a collection import reads it, with plain JDBC: a read view (joined projections
 * of sets, cards, printings and variants), not an aggregate, so no JPA. One query lists every set
 * with its names; the cards a file could name are found with one query per kind of reference and
 * per chunk of {@value #CHUNK} values (ids, marketplace products, numbers and names within the
 * file's sets), then loaded whole by {@link JdbcCatalogueViews#cards} in chunks of the same size.
 * A 10,000-row file therefore costs a few dozen indexed queries, never one per row; chunks keep
 * each statement far below MariaDB's placeholder limit and within the catalogue's read budget.
 */
@ApplicationScoped
class JdbcImportCandidates implements LoadImportCandidatesPort {

    static final int CHUNK = 500;

    private final DataSource dataSource;
    private final JdbcCatalogueViews views;

    @Inject
    JdbcImportCandidates(DataSource dataSource) {
        this.dataSource = dataSource;
        this.views = new JdbcCatalogueViews(dataSource);
    }

    /** For CDI's client proxy only. */
    protected JdbcImportCandidates() {
        this.dataSource = null;
        this.views = null;
    }

    @Override
    public List<ImportableSet> sets() {
        Map<Long, String[]> facts = new LinkedHashMap<>();
        Map<Long, Set<String>> names = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            JdbcCatalogueViews.query(connection, "SELECT s.id, g.slug, s.code, s.language, s.name, n.name FROM card_set s "
                    + "JOIN game g ON g.id = s.game_id LEFT JOIN card_set_name n ON n.set_id = s.id ORDER BY s.id", List.of(), rows -> {
                        long id = rows.getLong(1);
                        facts.putIfAbsent(id, new String[] {rows.getString(2), rows.getString(3), rows.getString(4)});
                        Set<String> setNames = names.computeIfAbsent(id, any -> new LinkedHashSet<>());
                        setNames.add(rows.getString(5));
                        if (rows.getString(6) != null) {
                            setNames.add(rows.getString(6));
                        }
                    });
        } catch (SQLException e) {
            throw new CatalogueReadFailedException("cannot list the sets for an import: " + e.getMessage(), e);
        }
        List<ImportableSet> sets = new ArrayList<>(facts.size());
        facts.forEach((id, fact) -> sets.add(new ImportableSet(new CardSetId(id), fact[0], fact[1], fact[2], List.copyOf(names.get(id)))));
        return sets;
    }

    @Override
    public List<CardDetails> candidates(ImportCandidateQuery query) {
        Set<Long> cardIds = new LinkedHashSet<>();
        query.cardIds().forEach(id -> cardIds.add(id.value()));
        try (Connection connection = dataSource.getConnection()) {
            for (List<Object> products : chunks(query.tcgplayerProductIds())) {
                ids(connection, "SELECT id FROM card WHERE tcgplayer_product_id IN (" + placeholders(products) + ") UNION "
                        + "SELECT p.card_id FROM variant v JOIN printing p ON p.id = v.printing_id WHERE v.tcgplayer_product_id IN ("
                        + placeholders(products) + ")", twice(products), cardIds);
            }
            for (List<Object> products : chunks(query.cardmarketProductIds())) {
                ids(connection, "SELECT id FROM card WHERE cardmarket_product_id IN (" + placeholders(products) + ") UNION "
                        + "SELECT p.card_id FROM variant v JOIN printing p ON p.id = v.printing_id WHERE v.cardmarket_product_id IN ("
                        + placeholders(products) + ")", twice(products), cardIds);
            }
            for (List<Object> sets : chunks(query.sets().stream().map(CardSetId::value).toList())) {
                for (List<Object> numbers : chunks(query.collectorNumbers())) {
                    // number keys have no leading zeros; LOWER(local_id) keeps "0" itself findable, which TRIM empties
                    ids(connection, "SELECT id FROM card WHERE set_id IN (" + placeholders(sets) + ") AND (TRIM(LEADING '0' FROM "
                            + "LOWER(local_id)) IN (" + placeholders(numbers) + ") OR LOWER(local_id) IN (" + placeholders(numbers)
                            + "))", concat(sets, numbers, numbers), cardIds);
                }
                for (List<Object> names : chunks(query.cardNames())) {
                    // the column's accent- and case-insensitive collation does the comparing
                    ids(connection, "SELECT id FROM card WHERE set_id IN (" + placeholders(sets) + ") AND name IN ("
                            + placeholders(names) + ")", concat(sets, names), cardIds);
                }
            }
        } catch (SQLException e) {
            throw new CatalogueReadFailedException("cannot find the cards an import names: " + e.getMessage(), e);
        }
        List<CardDetails> cards = new ArrayList<>(cardIds.size());
        for (List<Object> chunk : chunks(cardIds)) {
            cards.addAll(views.cards(chunk.stream().map(id -> new CardId((Long) id)).toList()));
        }
        return cards;
    }

    private static void ids(Connection connection, String sql, List<Object> parameters, Set<Long> into) throws SQLException {
        JdbcCatalogueViews.query(connection, sql, parameters, rows -> into.add(rows.getLong(1)));
    }

    /** Values in lists of at most {@value #CHUNK}: one IN list each (the deck reads chunk the same way). */
    static List<List<Object>> chunks(Collection<?> values) {
        List<Object> all = new ArrayList<>(values);
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    @SafeVarargs
    private static List<Object> concat(List<Object>... parts) {
        List<Object> all = new ArrayList<>();
        for (List<Object> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static List<Object> twice(List<Object> values) {
        return concat(values, values);
    }

    private static String placeholders(List<Object> values) {
        return JdbcCatalogueViews.placeholders(values.size());
    }
}
