package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CardId;

/** Use case: marketplace links for a card's variant ("normal", "holo", "1st_edition_holo", …). */
public interface GetBuyLinksUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown card */
    BuyLinks links(CardId cardId, String variant);
}
