package io.cardvault.adapter.out.persistence.price;

import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.application.port.out.PriceRunLogPort;
import io.cardvault.application.port.out.PriceRunLogPortContract;

/** The run log on real MariaDB (embedded) obeys the contract the in-memory fake does. */
class JdbcPriceRunLogContractTest extends PriceRunLogPortContract {

    @Override
    protected PriceRunLogPort runs() {
        return new JdbcPriceRunLog(TestDatabase.fresh("price_runs"));
    }
}
