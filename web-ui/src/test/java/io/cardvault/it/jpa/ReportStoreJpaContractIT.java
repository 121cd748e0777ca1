package io.cardvault.it.jpa;

import io.cardvault.application.port.out.ReportStorePort;
import io.cardvault.application.port.out.ReportStorePortContract;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ReportStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ReportStoreJpaContractIT extends ReportStorePortContract {

    @Inject
    ReportStorePort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(ReportStoreJpaContractIT.class);
    }

    @Override
    protected ReportStorePort reports() {
        return InTransaction.eachCall(ReportStorePort.class, adapter, transactions);
    }

    @Override
    protected AccountId anAccount() {
        return fixtures.anAccount();
    }
}
