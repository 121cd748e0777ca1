package io.cardvault.it.jpa;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.port.out.ChangeAccountTierPort;
import io.cardvault.application.port.out.account.ApiKeyStorePortContract;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ApiKeyStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ApiKeyStoreJpaContractIT extends ApiKeyStorePortContract {

    @Inject
    TransactionalAccountPorts ports;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(ApiKeyStoreJpaContractIT.class);
    }

    @Override
    protected AccountStorePort accounts() {
        return ports;
    }

    @Override
    protected ApiKeyStorePort keys() {
        return ports;
    }

    @Override
    protected ChangeAccountTierPort tiers() {
        return ports;
    }
}
