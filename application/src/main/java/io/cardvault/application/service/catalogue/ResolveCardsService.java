package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.MissingCardFilterException;
import io.cardvault.application.port.in.catalogue.ResolveCardsUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardOverview;
import jakarta.inject.Inject;
import java.util.List;
import jakarta.transaction.Transactional;

/** Resolves cards by game, name and number; an unknown game simply matches nothing. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class ResolveCardsService implements ResolveCardsUseCase {

    private final LoadCatalogueViewsPort views;

    @Inject
    public ResolveCardsService(LoadCatalogueViewsPort views) {
        this.views = views;
    }

    @Override
    public List<CardOverview> resolve(CardCriteria criteria, int limit) {
        if (criteria.gameSlug() == null && criteria.name() == null && criteria.number() == null) {
            throw new MissingCardFilterException();
        }
        return views.firstCards(criteria, limit);
    }
}
