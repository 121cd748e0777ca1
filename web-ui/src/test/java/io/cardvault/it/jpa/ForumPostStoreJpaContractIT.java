package io.cardvault.it.jpa;

import io.cardvault.application.port.out.ForumPostStorePort;
import io.cardvault.application.port.out.ForumPostStorePortContract;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ForumPostStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ForumPostStoreJpaContractIT extends ForumPostStorePortContract {

    @Inject
    ForumPostStorePort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(ForumPostStoreJpaContractIT.class);
    }

    @Override
    protected ForumPostStorePort posts() {
        return InTransaction.eachCall(ForumPostStorePort.class, adapter, transactions);
    }

    @Override
    protected AccountId anAccount() {
        return fixtures.anAccount();
    }
}
