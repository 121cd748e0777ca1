package io.cardvault.it.jpa;

import io.cardvault.application.port.out.CollectionStorePort;
import io.cardvault.application.port.out.CollectionStorePortContract;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link CollectionStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class CollectionStoreJpaContractIT extends CollectionStorePortContract {

    @Inject
    CollectionStorePort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(CollectionStoreJpaContractIT.class);
    }

    @Override
    protected CollectionStorePort store() {
        return InTransaction.eachCall(CollectionStorePort.class, adapter, transactions);
    }

    @Override
    protected AccountId anOwner() {
        return fixtures.anAccount();
    }

    @Override
    protected CardId aCard(String game) {
        return fixtures.aCard(game);
    }

    @Override
    protected VariantId aVariant(CardId card) {
        return fixtures.aVariant(card);
    }
}
