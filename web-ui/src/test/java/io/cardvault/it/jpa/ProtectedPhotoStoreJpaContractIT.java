package io.cardvault.it.jpa;

import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.ProtectedPhotoStorePort;
import io.cardvault.application.port.out.ProtectedPhotoStorePortContract;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ProtectedPhotoStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ProtectedPhotoStoreJpaContractIT extends ProtectedPhotoStorePortContract {

    @Inject
    ProtectedPhotoStorePort adapter;

    @Inject
    ListingStorePort listingAdapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(ProtectedPhotoStoreJpaContractIT.class);
    }

    @Override
    protected ProtectedPhotoStorePort store() {
        return InTransaction.eachCall(ProtectedPhotoStorePort.class, adapter, transactions);
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
