package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.catalogue.Window;

/** Use case: the cards of a game, filtered by set, rarity and name, a window at a time. */
public interface ListCardsUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown game (the criteria's game) */
    Slice<CardOverview> cards(CardCriteria criteria, Window window);
}
