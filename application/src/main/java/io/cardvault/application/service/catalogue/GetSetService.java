package io.cardvault.application.service.catalogue;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.GetSetUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.SetOverview;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Finds a set, checking its game when the route names one. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class GetSetService implements GetSetUseCase {

    private final LoadCatalogueViewsPort views;

    @Inject
    public GetSetService(LoadCatalogueViewsPort views) {
        this.views = views;
    }

    @Override
    public SetOverview set(CardSetId setId) {
        return CatalogueLookups.set(views, setId);
    }

    @Override
    public SetOverview setOfGame(String gameSlug, CardSetId setId) {
        GameOverview game = CatalogueLookups.game(views, gameSlug);
        return views.set(setId).filter(set -> set.gameId() == game.id())
                .orElseThrow(() -> new CatalogueEntryNotFoundException(CatalogueEntryNotFoundException.Entry.SET, setId.value()));
    }
}
