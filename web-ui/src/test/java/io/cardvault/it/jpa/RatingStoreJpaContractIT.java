package io.cardvault.it.jpa;

import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.RatingStorePort;
import io.cardvault.application.port.out.RatingStorePortContract;
import io.cardvault.application.port.out.TransactionStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link RatingStorePortContract} on the JPA adapters, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class RatingStoreJpaContractIT extends RatingStorePortContract {

    @Inject
    RatingStorePort ratingAdapter;

    @Inject
    TransactionStorePort transactionAdapter;

    @Inject
    ListingStorePort listingAdapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService threads;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(RatingStoreJpaContractIT.class);
    }

    @Override
    protected RatingStorePort ratings() {
        return InTransaction.eachCall(RatingStorePort.class, ratingAdapter, transactions);
    }

    @Override
    protected TransactionStorePort transactions() {
        return InTransaction.eachCall(TransactionStorePort.class, transactionAdapter, transactions);
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

    @Override
    protected Executor racers() {
        return threads;
    }
}
