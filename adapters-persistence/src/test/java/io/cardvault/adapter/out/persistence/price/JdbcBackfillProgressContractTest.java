package io.cardvault.adapter.out.persistence.price;

import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.application.port.out.BackfillProgressPort;
import io.cardvault.application.port.out.BackfillProgressPortContract;
import javax.sql.DataSource;

/** The backfill's progress on real MariaDB (embedded): a restart is a new adapter over the same database. */
class JdbcBackfillProgressContractTest extends BackfillProgressPortContract {

    private DataSource dataSource;

    @Override
    protected BackfillProgressPort freshProgress() {
        dataSource = TestDatabase.fresh("price_backfill");
        return restarted();
    }

    @Override
    protected BackfillProgressPort restarted() {
        PriceTransactions transactions = new PriceTransactions(dataSource);
        return new JdbcBackfillProgress(dataSource, new JdbcPriceRunLog(dataSource, transactions), transactions);
    }
}
