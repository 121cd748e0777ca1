package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Window;

/** Use case: the cards of a set in collector-number order, a window at a time. */
public interface ListSetCardsUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown set */
    SetCards cards(CardSetId setId, Window window);
}
