package io.cardvault.adapter.out.persistence.platform;

import io.cardvault.adapter.out.persistence.ContractCatalogue;
import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.application.port.out.LoadSourceRunsPort;
import io.cardvault.application.port.out.LoadSourceRunsPortContract;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.domain.price.PriceSource;
import java.util.Locale;
import javax.sql.DataSource;

/** The run log reader on real MariaDB (embedded), over rows shaped as the ingest writes them. */
class JdbcSourceRunsContractTest extends LoadSourceRunsPortContract {

    private DataSource dataSource;
    private ContractCatalogue rows;

    @Override
    protected void freshStore() {
        dataSource = TestDatabase.fresh("source_runs_contract");
        rows = new ContractCatalogue(dataSource);
    }

    @Override
    protected LoadSourceRunsPort runs() {
        return new JdbcSourceRuns(dataSource);
    }

    @Override
    protected void givenRun(PriceSource source, RunStatus status, String message) {
        rows.update("INSERT INTO price_ingest_run (source, upstream, sandbox, status, finished_at, message)"
                + " VALUES (?, 'contract', FALSE, ?, CURRENT_TIMESTAMP(6), ?)", source.code(), status.name().toLowerCase(Locale.ROOT),
                message);
    }
}
