package io.cardvault.application.service.catalogue;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.application.port.in.catalogue.ListSetCardsUseCase;
import io.cardvault.application.port.in.catalogue.SetCards;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.Window;
import jakarta.inject.Inject;
import java.util.List;
import jakarta.transaction.Transactional;

/** A set and a window of its cards; past the end the window is empty. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class ListSetCardsService implements ListSetCardsUseCase {

    private final LoadCatalogueViewsPort views;

    @Inject
    public ListSetCardsService(LoadCatalogueViewsPort views) {
        this.views = views;
    }

    @Override
    public SetCards cards(CardSetId setId, Window window) {
        SetOverview set = CatalogueLookups.set(views, setId);
        return new SetCards(set, window.offset() >= set.cardCount() ? List.of() : views.cardsOf(setId, window));
    }
}
