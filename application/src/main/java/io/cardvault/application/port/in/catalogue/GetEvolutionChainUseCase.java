package io.cardvault.application.port.in.catalogue;

/** Use case: the evolution line of a card, from the names its cards evolve from. */
public interface GetEvolutionChainUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown card */
    EvolutionChain chain(long cardId);
}
