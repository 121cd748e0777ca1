package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.ListRecentCardsUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.Slice;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import jakarta.transaction.Transactional;

/** Cards of recently released sets; a named game must exist. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class ListRecentCardsService implements ListRecentCardsUseCase {

    private final LoadCatalogueViewsPort views;

    @Inject
    public ListRecentCardsService(LoadCatalogueViewsPort views) {
        this.views = views;
    }

    @Override
    public Slice<CardOverview> recent(LocalDate since, int limit, Optional<String> gameSlug) {
        gameSlug.ifPresent(slug -> CatalogueLookups.game(views, slug));
        return views.cardsReleasedSince(since, gameSlug, limit);
    }
}
