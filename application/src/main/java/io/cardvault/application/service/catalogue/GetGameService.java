package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.GetGameUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.GameOverview;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Finds a game by slug. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class GetGameService implements GetGameUseCase {

    private final LoadCatalogueViewsPort views;

    @Inject
    public GetGameService(LoadCatalogueViewsPort views) {
        this.views = views;
    }

    @Override
    public GameOverview game(String slug) {
        return CatalogueLookups.game(views, slug);
    }
}
