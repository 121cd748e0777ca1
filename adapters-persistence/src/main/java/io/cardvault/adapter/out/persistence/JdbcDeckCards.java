package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.LoadDeckCardsPort;
import io.cardvault.application.port.out.catalogue.CatalogueReadFailedException;
import io.cardvault.application.port.out.deck.CardPlayRules;
import io.cardvault.application.port.out.deck.DeckCardCandidate;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.FormatLegalities;
import io.cardvault.domain.catalogue.Legality;
import io.cardvault.domain.catalogue.PlayTraits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The catalogue as decks read it, with plain JDBC (read views of the import's tables, as
 * {@link JdbcImportCandidates}): a card's legalities ({@code card_legality}, V92) and play traits
 * ({@code card_play_traits}, V108), and the cards a deck list names, by name within a game (the
 * column's accent- and case-insensitive collation compares) or every card of the sets it names; each
 * in chunks of {@value JdbcImportCandidates#CHUNK} values.
 */
@ApplicationScoped
class JdbcDeckCards implements LoadDeckCardsPort {

    private static final String CANDIDATE = "SELECT c.id, c.name, s.code, c.local_id, s.release_date FROM card c"
            + " JOIN card_set s ON s.id = c.set_id JOIN game g ON g.id = c.game_id WHERE g.slug = ? AND ";

    private final DataSource dataSource;

    @Inject
    JdbcDeckCards(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected JdbcDeckCards() {
        this.dataSource = null;
    }

    @Override
    public Map<CardId, CardPlayRules> playRules(Collection<CardId> cards) {
        Map<Long, Map<String, Legality>> legalities = new HashMap<>();
        Map<Long, PlayTraits> traits = new HashMap<>();
        Set<Long> known = new LinkedHashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            for (List<Object> ids : JdbcImportCandidates.chunks(cards.stream().map(CardId::value).distinct().toList())) {
                String in = JdbcCatalogueViews.placeholders(ids.size());
                JdbcCatalogueViews.query(connection, "SELECT id FROM card WHERE id IN (" + in + ")", ids,
                        rows -> known.add(rows.getLong(1)));
                JdbcCatalogueViews.query(connection, "SELECT card_id, format, legality FROM card_legality WHERE card_id IN ("
                        + in + ")", ids, rows -> legalities.computeIfAbsent(rows.getLong(1), any -> new TreeMap<>())
                        .put(rows.getString(2), Legality.fromCode(rows.getString(3))));
                JdbcCatalogueViews.query(connection, "SELECT card_id, regulation_mark, colour_identity, supertypes"
                        + " FROM card_play_traits WHERE card_id IN (" + in + ")", ids, rows -> traits.put(rows.getLong(1),
                        new PlayTraits(rows.getString(2), letters(rows.getString(3)), split(rows.getString(4)))));
            }
        } catch (SQLException e) {
            throw new CatalogueReadFailedException("cannot read the deck rules of cards: " + e.getMessage(), e);
        }
        Map<CardId, CardPlayRules> rules = new HashMap<>();
        for (long id : known) {
            rules.put(new CardId(id), new CardPlayRules(new FormatLegalities(legalities.getOrDefault(id, Map.of())),
                    traits.getOrDefault(id, PlayTraits.none())));
        }
        return rules;
    }

    @Override
    public List<DeckCardCandidate> named(String game, Collection<String> names) {
        return candidates(game, "c.name IN ", names);
    }

    @Override
    public List<DeckCardCandidate> inSets(String game, Collection<String> setCodes) {
        return candidates(game, "s.code IN ", setCodes);
    }

    private List<DeckCardCandidate> candidates(String game, String condition, Collection<String> values) {
        List<DeckCardCandidate> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (List<Object> chunk : JdbcImportCandidates.chunks(values.stream().distinct().toList())) {
                List<Object> parameters = new ArrayList<>();
                parameters.add(game);
                parameters.addAll(chunk);
                JdbcCatalogueViews.query(connection, CANDIDATE + condition + "(" + JdbcCatalogueViews.placeholders(chunk.size()) + ")",
                        parameters, rows -> {
                            Date released = rows.getDate(5);
                            found.add(new DeckCardCandidate(new CardId(rows.getLong(1)), rows.getString(2), rows.getString(3),
                                    rows.getString(4), released == null ? null : released.toLocalDate()));
                        });
            }
        } catch (SQLException e) {
            throw new CatalogueReadFailedException("cannot find the cards a deck list names: " + e.getMessage(), e);
        }
        return found;
    }

    private static Set<String> letters(String text) {
        return text == null ? Set.of() : text.chars().mapToObj(letter -> String.valueOf((char) letter)).collect(Collectors.toSet());
    }

    private static Set<String> split(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty()).collect(Collectors.toSet());
    }
}
