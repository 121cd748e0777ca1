package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardDetails;

/** Use case: one card with its set, cross references, printings and variants. */
public interface GetCardUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown card */
    CardDetails card(CardId cardId);

    /** @throws CatalogueEntryNotFoundException for an unknown game, or a card that is not the game's */
    CardDetails cardOfGame(String gameSlug, CardId cardId);
}
