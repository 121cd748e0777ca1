package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.GameSets;
import io.cardvault.application.port.in.catalogue.ListGameSetsUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.Window;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A game and a window of its sets. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class ListGameSetsService implements ListGameSetsUseCase {

    private final LoadCatalogueViewsPort views;

    @Inject
    public ListGameSetsService(LoadCatalogueViewsPort views) {
        this.views = views;
    }

    @Override
    public GameSets sets(String gameSlug, Window window) {
        GameOverview game = CatalogueLookups.game(views, gameSlug);
        return new GameSets(game, views.setsOf(game.slug(), window));
    }
}
