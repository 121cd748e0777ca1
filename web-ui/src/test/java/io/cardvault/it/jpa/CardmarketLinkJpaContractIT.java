package io.cardvault.it.jpa;

import io.cardvault.application.port.out.CardmarketLinkStorePort;
import io.cardvault.application.port.out.CardmarketLinkStorePortContract;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link CardmarketLinkStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class CardmarketLinkJpaContractIT extends CardmarketLinkStorePortContract {

    @Inject
    CardmarketLinkStorePort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(CardmarketLinkJpaContractIT.class);
    }

    @Override
    protected CardmarketLinkStorePort store() {
        return InTransaction.eachCall(CardmarketLinkStorePort.class, adapter, transactions);
    }

    @Override
    protected AccountId aSeller() {
        return fixtures.anAccount();
    }
}
