package io.cardvault.it.jpa;

import io.cardvault.application.port.out.MessageStorePort;
import io.cardvault.application.port.out.MessageStorePortContract;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link MessageStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class MessageStoreJpaContractIT extends MessageStorePortContract {

    @Inject
    MessageStorePort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(MessageStoreJpaContractIT.class);
    }

    @Override
    protected MessageStorePort messages() {
        return InTransaction.eachCall(MessageStorePort.class, adapter, transactions);
    }

    @Override
    protected AccountId anAccount() {
        return fixtures.anAccount();
    }
}
