package io.cardvault.adapter.out.persistence.price;

import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.application.port.out.PriceRunLogPort;
import io.cardvault.application.port.out.PriceRunLogPortContract;
import javax.sql.DataSource;

/** The run log on real MariaDB (embedded) obeys the contract the in-memory fake does. */
class JdbcPriceRunLogContractTest extends PriceRunLogPortContract {

    @Override
    protected PriceRunLogPort runs() {
        DataSource dataSource = TestDatabase.fresh("price_runs");
        return new JdbcPriceRunLog(dataSource, new PriceTransactions(dataSource));
    }
}
