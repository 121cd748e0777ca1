package io.cardvault.application.port.out;

import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Game;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The fake obeys the same contract as the MariaDB views, so service tests on it mean something. */
class InMemoryCatalogueViewsTest extends LoadCatalogueViewsPortContract {

    private final InMemoryCatalogueViews fake = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON, CatalogueFixtures.MTG);

    @Override
    protected LoadCatalogueViewsPort views() {
        return fake;
    }

    @Override
    protected LoadSealedProductsPort sealed() {
        return fake;
    }

    @Override
    protected StoredSet store(Game game, CardSet set, List<Card> cards) {
        return fake.store(game, set, cards);
    }

    @Override
    protected long addSealedProduct(String gameSlug, Optional<CardSetId> set, String name) {
        return fake.addSealedProduct(gameSlug, set, name, "booster_box", LocalDate.of(1999, 1, 9));
    }
}
