package io.cardvault.it.jpa;

import io.cardvault.application.port.out.ProfileStorePort;
import io.cardvault.application.port.out.ProfileStorePortContract;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ProfileStorePortContract} on the JPA adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ProfileStoreJpaContractIT extends ProfileStorePortContract {

    @Inject
    ProfileStorePort adapter;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(ProfileStoreJpaContractIT.class);
    }

    @Override
    protected ProfileStorePort store() {
        return InTransaction.eachCall(ProfileStorePort.class, adapter, transactions);
    }

    @Override
    protected AccountId anAccount() {
        return fixtures.anAccount();
    }
}
