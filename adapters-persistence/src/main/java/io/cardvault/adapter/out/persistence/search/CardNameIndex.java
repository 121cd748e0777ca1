package io.cardvault.adapter.out.persistence.search;

import java.util.Optional;
import java.util.Set;

/**
 * Substring lookups over every language's card names, answered from this node's search index
 * so a name filter never scans the name tables. Internal to the persistence adapter.
 */
public interface CardNameIndex {

    /**
     * The ids of the cards a name of which contains {@code text} (case- and accent-insensitive),
     * or empty when the index cannot answer: the text is too short to look up, or the index has
     * not been built yet. The caller then scans instead.
     */
    Optional<Set<Long>> cardsWithNameContaining(String text);
}
