package io.cardvault.application.port.out;

import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Game;
import java.util.List;

/** The fake obeys the same contract as the MariaDB read view, so the import service's tests on it mean something. */
class InMemoryImportCandidatesTest extends LoadImportCandidatesPortContract {

    private final InMemoryImportCandidates fake = new InMemoryImportCandidates(
            new InMemoryCatalogueViews(CatalogueFixtures.POKEMON, CatalogueFixtures.MTG));

    @Override
    protected LoadImportCandidatesPort port() {
        return fake;
    }

    @Override
    protected StoredSet store(Game game, CardSet set, List<Card> cards) {
        return fake.store(game, set, cards);
    }
}
