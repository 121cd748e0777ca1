package io.cardvault.adapter.out.persistence.search;

import io.cardvault.domain.catalogue.CardOverview;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Substring lookups over every language's card names, answered from this node's search index
 * so a name filter never scans the name tables, and the resolver's first matches without reading
 * every match or any row. Internal to the persistence adapter.
 */
public interface CardNameIndex {

    /**
     * The resolver's order over {@code card c} joined to {@code card_set s}: the catalogue views sort by it, and the
     * index stores each card's rank in it, so the two answer the same page.
     */
    String RESOLVER_ORDER_SQL = "s.release_date IS NULL, s.release_date, s.id, c.number_sort, c.local_id, c.id";

    /**
     * The ids of the cards a name of which contains {@code text} (case- and accent-insensitive),
     * or empty when the index cannot answer: the text is too short to look up, or the index has
     * not been built yet. The caller then scans instead.
     */
    Optional<Set<Long>> cardsWithNameContaining(String text);

    /**
     * The first {@code limit} cards of {@code gameSlug} (any game when null) a name of which
     * contains {@code text}, in the resolver's order (oldest set first, undated sets last, then set,
     * number, local id and id, exactly as the catalogue views sort them), as the views' overviews;
     * or empty when the index cannot answer (as for {@link #cardsWithNameContaining}). The caller
     * then scans.
     */
    Optional<List<CardOverview>> firstCardsNamed(String gameSlug, String text, int limit);

    /** No index: every lookup is left to the caller's scan. */
    CardNameIndex NONE = new CardNameIndex() {
        @Override
        public Optional<Set<Long>> cardsWithNameContaining(String text) {
            return Optional.empty();
        }

        @Override
        public Optional<List<CardOverview>> firstCardsNamed(String gameSlug, String text, int limit) {
            return Optional.empty();
        }
    };
}
