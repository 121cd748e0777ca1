package io.cardvault.it.jpa;

import io.cardvault.application.port.out.BlockListPort;
import io.cardvault.application.port.out.BlockListPortContract;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link BlockListPortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class BlockListJpaContractIT extends BlockListPortContract {

    @Inject
    BlockListPort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(BlockListJpaContractIT.class);
    }

    @Override
    protected BlockListPort blocks() {
        return InTransaction.eachCall(BlockListPort.class, adapter, transactions);
    }

    @Override
    protected AccountId anAccount() {
        return fixtures.anAccount();
    }
}
