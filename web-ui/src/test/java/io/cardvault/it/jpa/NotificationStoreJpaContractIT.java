package io.cardvault.it.jpa;

import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.port.out.NotificationStorePortContract;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link NotificationStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class NotificationStoreJpaContractIT extends NotificationStorePortContract {

    @Inject
    NotificationStorePort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(NotificationStoreJpaContractIT.class);
    }

    @Override
    protected NotificationStorePort store() {
        return InTransaction.eachCall(NotificationStorePort.class, adapter, transactions);
    }

    @Override
    protected AccountId anOwner() {
        return fixtures.anAccount();
    }
}
