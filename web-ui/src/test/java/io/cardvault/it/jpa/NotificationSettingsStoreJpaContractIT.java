package io.cardvault.it.jpa;

import io.cardvault.application.port.out.NotificationSettingsStorePort;
import io.cardvault.application.port.out.NotificationSettingsStorePortContract;
import io.cardvault.application.port.out.account.AccountFixtures;
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
    TransactionalNotificationSettings settings;

    @Inject
    TransactionalAccountPorts accounts;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(NotificationSettingsStoreJpaContractIT.class)
                .addClasses(NotificationSettingsStorePortContract.class, TransactionalNotificationSettings.class);
    }

    @Override
    protected NotificationSettingsStorePort store() {
        return settings;
    }

    /** A stored account: the settings' rows reference it. */
    @Override
    protected AccountId anOwner() {
        return accounts.add(AccountFixtures.newAccount("notify")).requireId();
    }
}
