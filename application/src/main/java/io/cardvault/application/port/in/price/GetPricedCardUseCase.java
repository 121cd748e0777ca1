package io.cardvault.application.port.in.price;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.domain.catalogue.CardId;

/** Use case: a card with the newest price of each of its series (v2 detail, legacy prices and detail). */
public interface GetPricedCardUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown card */
    PricedCard pricedCard(CardId card);

    /** @throws CatalogueEntryNotFoundException for an unknown game, or a card that is not the game's */
    PricedCard pricedCardOfGame(String gameSlug, CardId card);
}
