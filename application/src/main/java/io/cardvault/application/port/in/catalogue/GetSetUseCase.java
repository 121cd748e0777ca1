package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.SetOverview;

/** Use case: one set by its global id, optionally only if it belongs to a given game. */
public interface GetSetUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown set */
    SetOverview set(CardSetId setId);

    /** @throws CatalogueEntryNotFoundException for an unknown game, or a set that is not the game's */
    SetOverview setOfGame(String gameSlug, CardSetId setId);
}
