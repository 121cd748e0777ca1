package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.ListCardsUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.catalogue.Window;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A game's cards, filtered; the game must exist. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class ListCardsService implements ListCardsUseCase {

    private final LoadCatalogueViewsPort views;

    @Inject
    public ListCardsService(LoadCatalogueViewsPort views) {
        this.views = views;
    }

    @Override
    public Slice<CardOverview> cards(CardCriteria criteria, Window window) {
        CatalogueLookups.game(views, criteria.gameSlug());
        return views.cards(criteria, window);
    }
}
