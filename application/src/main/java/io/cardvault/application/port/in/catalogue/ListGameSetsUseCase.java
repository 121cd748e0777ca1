package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.Window;

/** Use case: the sets of a game, oldest release first, a window at a time. */
public interface ListGameSetsUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown game */
    GameSets sets(String gameSlug, Window window);
}
