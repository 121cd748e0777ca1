package io.cardvault.application.port.out.recognition;

import io.cardvault.application.port.out.RecognitionCataloguePort;
import io.cardvault.application.port.out.RecognitionScanStorePort;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Game;
import java.util.List;

/** The fake obeys the same contract as the MariaDB recognition store. */
class InMemoryRecognitionStoreTest extends RecognitionStorePortContract {

    private final InMemoryRecognitionStore fake = new InMemoryRecognitionStore();

    @Override
    protected RecognitionCataloguePort catalogue() {
        return fake;
    }

    @Override
    protected RecognitionScanStorePort scans() {
        return fake;
    }

    @Override
    protected StoredSet store(Game game, CardSet set, List<Card> cards) {
        return fake.store(game, set, cards);
    }
}
