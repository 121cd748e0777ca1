package io.cardvault.it.jpa;

import io.cardvault.application.port.out.ScanSessionStorePort;
import io.cardvault.application.port.out.ScanSessionStorePortContract;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ScanSessionStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ScanSessionStoreJpaContractIT extends ScanSessionStorePortContract {

    @Inject
    ScanSessionStorePort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(ScanSessionStoreJpaContractIT.class).addClass(ScanSessionStorePortContract.class);
    }

    @Override
    protected ScanSessionStorePort store() {
        return InTransaction.eachCall(ScanSessionStorePort.class, adapter, transactions);
    }

    /** A stored account: a session's row references it. */
    @Override
    protected AccountId owner() {
        return fixtures.anAccount();
    }
}
