package io.cardvault.application.service.catalogue;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException.Entry;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.SetOverview;

/** The lookups several catalogue services share: an entry or its not-found rejection. */
final class CatalogueLookups {

    private CatalogueLookups() {
    }

    static GameOverview game(LoadCatalogueViewsPort views, String slug) {
        return views.game(slug).orElseThrow(() -> new CatalogueEntryNotFoundException(Entry.GAME, slug));
    }

    static SetOverview set(LoadCatalogueViewsPort views, CardSetId setId) {
        return views.set(setId).orElseThrow(() -> new CatalogueEntryNotFoundException(Entry.SET, setId.value()));
    }

    static CardDetails card(LoadCatalogueViewsPort views, CardId cardId) {
        return views.card(cardId).orElseThrow(() -> new CatalogueEntryNotFoundException(Entry.CARD, cardId.value()));
    }
}
