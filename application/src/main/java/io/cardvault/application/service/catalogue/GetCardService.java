package io.cardvault.application.service.catalogue;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.GetCardUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.GameOverview;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** One card in full, checking its game when the route names one. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class GetCardService implements GetCardUseCase {

    private final LoadCatalogueViewsPort views;

    @Inject
    public GetCardService(LoadCatalogueViewsPort views) {
        this.views = views;
    }

    @Override
    public CardDetails card(CardId cardId) {
        return CatalogueLookups.card(views, cardId);
    }

    @Override
    public CardDetails cardOfGame(String gameSlug, CardId cardId) {
        GameOverview game = CatalogueLookups.game(views, gameSlug);
        return views.card(cardId).filter(card -> card.set().gameId() == game.id())
                .orElseThrow(() -> new CatalogueEntryNotFoundException(CatalogueEntryNotFoundException.Entry.CARD, cardId.value()));
    }
}
