package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CardId;

/** Use case: the evolution line of a card, from the names its cards evolve from. */
public interface GetEvolutionChainUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown card */
    EvolutionChain chain(CardId cardId);
}
