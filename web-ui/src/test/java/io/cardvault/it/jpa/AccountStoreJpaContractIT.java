package io.cardvault.it.jpa;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.account.AccountStorePortContract;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link AccountStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class AccountStoreJpaContractIT extends AccountStorePortContract {

    @Inject
    TransactionalAccountPorts ports;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(AccountStoreJpaContractIT.class);
    }

    @Override
    protected AccountStorePort accounts() {
        return ports;
    }
}
