package io.cardvault.application.port.out;

import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Game;
import java.util.List;

/** The fake the service tests use meets the contract the MariaDB adapter meets. */
class InMemoryMarketCardsTest extends BrowseMarketCardsPortContract {

    private final InMemoryCatalogueViews views = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON, CatalogueFixtures.MTG);
    private final InMemoryMarketCards cards = new InMemoryMarketCards(views);

    @Override
    protected BrowseMarketCardsPort cards() {
        return cards;
    }

    @Override
    protected StoredSet store(Game game, CardSet set, List<Card> stored) {
        return views.store(game, set, stored);
    }

    @Override
    protected void addGradedSeries(CardId card) {
        cards.markGraded(card);
    }
}
