package io.cardvault.application.port.in.catalogue;

/** Use case: marketplace links for a card's variant ("normal", "holo", "1st_edition_holo", …). */
public interface GetBuyLinksUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown card */
    BuyLinks links(long cardId, String variant);
}
