package io.cardvault.it.jpa;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.SessionStandingStorePort;
import io.cardvault.application.port.out.account.SessionStandingStorePortContract;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SessionStandingStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class SessionStandingStoreJpaContractIT extends SessionStandingStorePortContract {

    @Inject
    TransactionalAccountPorts ports;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(SessionStandingStoreJpaContractIT.class);
    }

    @Override
    protected AccountStorePort accounts() {
        return ports;
    }

    @Override
    protected SessionStandingStorePort sessions() {
        return ports;
    }
}
