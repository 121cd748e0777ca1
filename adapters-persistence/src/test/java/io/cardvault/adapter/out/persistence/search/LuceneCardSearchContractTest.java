package io.cardvault.adapter.out.persistence.search;

import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.application.port.out.RefreshSearchIndexPort;
import io.cardvault.application.port.out.SearchCardsPort;
import io.cardvault.application.port.out.SearchCardsPortContract;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Game;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;

/** The Lucene index over MariaDB meets the same contract as the fake, fed by the real catalogue store. */
class LuceneCardSearchContractTest extends SearchCardsPortContract {

    private static DataSource dataSource;
    private static LuceneCardSearch search;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("search_contract");
        search = new LuceneCardSearch(dataSource, Runnable::run, System::currentTimeMillis);
    }

    @Override
    protected SearchCardsPort search() {
        return search;
    }

    @Override
    protected RefreshSearchIndexPort refresh() {
        return search;
    }

    @Override
    protected StoredSet store(Game game, CardSet set, List<Card> cards) {
        return TestDatabase.catalogueStore(dataSource).storeSet(game, set, cards);
    }
}
