package io.cardvault.it.jpa;

import io.cardvault.application.port.out.BidStorePort;
import io.cardvault.application.port.out.BidStorePortContract;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link BidStorePortContract} on the JPA adapters, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class BidStoreJpaContractIT extends BidStorePortContract {

    @Inject
    BidStorePort bidAdapter;

    @Inject
    ListingStorePort listingAdapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(BidStoreJpaContractIT.class);
    }

    @Override
    protected BidStorePort bids() {
        return InTransaction.eachCall(BidStorePort.class, bidAdapter, transactions);
    }

    @Override
    protected ListingStorePort listings() {
        return InTransaction.eachCall(ListingStorePort.class, listingAdapter, transactions);
    }

    @Override
    protected AccountId anAccount() {
        return fixtures.anAccount();
    }

    @Override
    protected CardId aCard(String game) {
        return fixtures.aCard(game);
    }
}
