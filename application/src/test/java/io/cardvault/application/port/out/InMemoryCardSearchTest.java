package io.cardvault.application.port.out;

import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Game;
import java.util.List;

/** The fake obeys the same contract as the Lucene index, so service tests on it mean something. */
class InMemoryCardSearchTest extends SearchCardsPortContract {

    private final InMemoryCatalogueViews catalogue = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON, CatalogueFixtures.MTG);
    private final InMemoryCardSearch fake = new InMemoryCardSearch(catalogue);

    @Override
    protected SearchCardsPort search() {
        return fake;
    }

    @Override
    protected RefreshSearchIndexPort refresh() {
        return fake;
    }

    @Override
    protected StoredSet store(Game game, CardSet set, List<Card> cards) {
        return catalogue.store(game, set, cards);
    }
}
