package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.ListGamesUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.GameOverview;
import jakarta.inject.Inject;
import java.util.List;
import jakarta.transaction.Transactional;

/** Lists the games with the counters the import keeps. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class ListGamesService implements ListGamesUseCase {

    private final LoadCatalogueViewsPort views;

    @Inject
    public ListGamesService(LoadCatalogueViewsPort views) {
        this.views = views;
    }

    @Override
    public List<GameOverview> games() {
        return views.games();
    }
}
