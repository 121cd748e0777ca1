package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.ExchangeRatesStorePortContract;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;

/** The rate store's contract on real MariaDB with the real migrations. */
class JdbcExchangeRatesContractTest extends ExchangeRatesStorePortContract {

    private static DataSource dataSource;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("fx_rates_contract");
    }

    @Override
    protected ExchangeRatesStorePort emptyStore() {
        try {
            TestDatabase.execute(dataSource, "DELETE FROM fx_rate");
        } catch (SQLException e) {
            throw new IllegalStateException("fx_rate not emptied", e);
        }
        return new JdbcExchangeRates(dataSource);
    }
}
