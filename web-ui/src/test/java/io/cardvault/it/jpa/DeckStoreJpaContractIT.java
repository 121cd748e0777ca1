package io.cardvault.it.jpa;

import io.cardvault.application.port.out.DeckStorePort;
import io.cardvault.application.port.out.DeckStorePortContract;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link DeckStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class DeckStoreJpaContractIT extends DeckStorePortContract {

    @Inject
    DeckStorePort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(DeckStoreJpaContractIT.class);
    }

    @Override
    protected DeckStorePort store() {
        return InTransaction.eachCall(DeckStorePort.class, adapter, transactions);
    }

    @Override
    protected AccountId anOwner() {
        return fixtures.anAccount();
    }

    @Override
    protected CardId aCard() {
        return fixtures.aCard("pokemon");
    }
}
