package io.cardvault.it.jpa;

import io.cardvault.application.port.out.NotificationSettingsStorePort;
import io.cardvault.application.port.out.NotificationSettingsStorePortContract;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link NotificationSettingsStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class NotificationSettingsStoreJpaContractIT extends NotificationSettingsStorePortContract {

    @Inject
    NotificationSettingsStorePort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(NotificationSettingsStoreJpaContractIT.class)
                .addClass(NotificationSettingsStorePortContract.class);
    }

    @Override
    protected NotificationSettingsStorePort store() {
        return InTransaction.eachCall(NotificationSettingsStorePort.class, adapter, transactions);
    }

    /** A stored account: the settings' rows reference it. */
    @Override
    protected AccountId anOwner() {
        return fixtures.anAccount();
    }
}
