package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.RecognitionCataloguePort;
import io.cardvault.application.port.out.RecognitionScanStorePort;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.application.port.out.recognition.RecognitionStorePortContract;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Game;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;

/** The MariaDB recognition store meets the same contract as the fake, its catalogue written by the real store. */
class JdbcRecognitionStoreContractTest extends RecognitionStorePortContract {

    private static DataSource dataSource;
    private static JdbcRecognitionStore store;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("recognition_contract");
        store = new JdbcRecognitionStore(dataSource);
    }

    @Override
    protected RecognitionCataloguePort catalogue() {
        return store;
    }

    @Override
    protected RecognitionScanStorePort scans() {
        return store;
    }

    @Override
    protected StoredSet store(Game game, CardSet set, List<Card> cards) {
        return new JdbcCatalogueStore(dataSource).storeSet(game, set, cards);
    }
}
