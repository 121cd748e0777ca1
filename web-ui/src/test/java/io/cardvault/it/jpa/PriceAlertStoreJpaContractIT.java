package io.cardvault.it.jpa;

import io.cardvault.application.port.out.PriceAlertStorePort;
import io.cardvault.application.port.out.PriceAlertStorePortContract;
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

/** {@link PriceAlertStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class PriceAlertStoreJpaContractIT extends PriceAlertStorePortContract {

    @Inject
    PriceAlertStorePort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService threads;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(PriceAlertStoreJpaContractIT.class);
    }

    @Override
    protected PriceAlertStorePort store() {
        return InTransaction.eachCall(PriceAlertStorePort.class, adapter, transactions);
    }

    @Override
    protected AccountId anOwner() {
        return fixtures.anAccount();
    }

    @Override
    protected CardId aCard() {
        return fixtures.aCard("mtg");
    }

    @Override
    protected Executor racers() {
        return threads;
    }
}
