package io.cardvault.it.jpa;

import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.TrustCodeStorePort;
import io.cardvault.application.port.out.TrustCodeStorePortContract;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link TrustCodeStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class TrustCodeStoreJpaContractIT extends TrustCodeStorePortContract {

    @Inject
    TrustCodeStorePort adapter;

    @Inject
    ListingStorePort listingAdapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(TrustCodeStoreJpaContractIT.class);
    }

    @Override
    protected TrustCodeStorePort store() {
        return InTransaction.eachCall(TrustCodeStorePort.class, adapter, transactions);
    }

    @Override
    protected ListingStorePort listings() {
        return InTransaction.eachCall(ListingStorePort.class, listingAdapter, transactions);
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
