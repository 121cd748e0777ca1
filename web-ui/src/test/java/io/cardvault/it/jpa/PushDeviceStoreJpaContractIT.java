package io.cardvault.it.jpa;

import io.cardvault.application.port.out.PushDeviceStorePort;
import io.cardvault.application.port.out.PushDeviceStorePortContract;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link PushDeviceStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class PushDeviceStoreJpaContractIT extends PushDeviceStorePortContract {

    @Inject
    PushDeviceStorePort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(PushDeviceStoreJpaContractIT.class).addClass(PushDeviceStorePortContract.class);
    }

    @Override
    protected PushDeviceStorePort store() {
        return InTransaction.eachCall(PushDeviceStorePort.class, adapter, transactions);
    }

    /** A stored account: a device's row references it. */
    @Override
    protected AccountId anOwner() {
        return fixtures.anAccount();
    }
}
