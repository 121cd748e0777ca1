package io.cardvault.it.jpa;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ChangeAccountTierPort;
import io.cardvault.application.port.out.account.ChangeAccountTierPortContract;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ChangeAccountTierPortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ChangeAccountTierJpaContractIT extends ChangeAccountTierPortContract {

    @Inject
    TransactionalAccountPorts ports;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(ChangeAccountTierJpaContractIT.class);
    }

    @Override
    protected AccountStorePort accounts() {
        return ports;
    }

    @Override
    protected ChangeAccountTierPort tiers() {
        return ports;
    }
}
