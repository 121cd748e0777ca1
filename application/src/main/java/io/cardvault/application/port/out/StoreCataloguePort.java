package io.cardvault.application.port.out;

import io.cardvault.application.port.out.catalogue.CatalogueWriteFailedException;
import io.cardvault.application.port.out.catalogue.StoredSet;

import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Game;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Outgoing port: stores the catalogue. {@link #storeSet} upserts a set and its cards by natural
 * key (set key; card id within the set; language and print run within the card; variant key
 * within the printing), in one transaction: the set is written whole or not at all. Rows are
 * never deleted and renumbered, so ids survive re-imports; unchanged rows are not touched. The
 * store keeps its pre-aggregated counters current in the same transaction.
 */
public interface StoreCataloguePort {

    Optional<Game> findGame(String slug);

    /** @throws CatalogueWriteFailedException when the store cannot write the set; nothing of it is kept */
    StoredSet storeSet(Game game, CardSet set, List<Card> cards);

    /** Records that an import of {@code source} ran to its end (again: the latest time is kept). */
    void recordImportCompleted(String source);

    /** The sources an import ran to the end of at least once; one interrupted half-way is not among them. */
    Set<String> importedSources();
}
