package io.cardvault.it.jpa;

import io.cardvault.application.port.out.ListingExpiryPort;
import io.cardvault.application.port.out.ListingExpiryPortContract;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ListingExpiryPortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ListingExpiryJpaContractIT extends ListingExpiryPortContract {

    @Inject
    ListingExpiryPort adapter;

    @Inject
    ListingStorePort listingStore;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(ListingExpiryJpaContractIT.class);
    }

    @Override
    protected ListingExpiryPort expiry() {
        return InTransaction.eachCall(ListingExpiryPort.class, adapter, transactions);
    }

    @Override
    protected ListingStorePort listings() {
        return InTransaction.eachCall(ListingStorePort.class, listingStore, transactions);
    }

    @Override
    protected AccountId aSeller() {
        return fixtures.anAccount();
    }

    @Override
    protected CardId aCard(String game) {
        return fixtures.aCard(game);
    }
}
