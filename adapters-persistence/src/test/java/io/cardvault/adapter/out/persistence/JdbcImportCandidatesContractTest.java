package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.LoadImportCandidatesPort;
import io.cardvault.application.port.out.LoadImportCandidatesPortContract;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Game;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;

/** The import's MariaDB read view meets the same contract as the fake the import service's tests use, fed by the real store. */
class JdbcImportCandidatesContractTest extends LoadImportCandidatesPortContract {

    private static DataSource dataSource;
    private static JdbcImportCandidates candidates;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("import_candidates_contract");
        candidates = new JdbcImportCandidates(dataSource);
    }

    @Override
    protected LoadImportCandidatesPort port() {
        return candidates;
    }

    @Override
    protected StoredSet store(Game game, CardSet set, List<Card> cards) {
        return new JdbcCatalogueStore(dataSource).storeSet(game, set, cards);
    }
}
