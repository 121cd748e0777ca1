package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.JobLeasePort;
import io.cardvault.application.port.out.JobLeasePortContract;
import javax.sql.DataSource;

/** Job leases on real MariaDB (embedded) obey the contract the in-memory fake does: two nodes, one table. */
class JdbcJobLeasesContractTest extends JobLeasePortContract {

    private DataSource dataSource;

    @Override
    protected void freshStore() {
        dataSource = TestDatabase.fresh("job_leases_contract");
    }

    @Override
    protected JobLeasePort node(String holder) {
        return new JdbcJobLeases(dataSource, holder);
    }
}
