package io.cardvault.it.jpa;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.SellerAccountStorePort;
import io.cardvault.application.port.out.account.SellerAccountStorePortContract;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SellerAccountStorePortContract} on the JPA account adapter, inside Liberty, with JTA on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class SellerAccountJpaContractIT extends SellerAccountStorePortContract {

    @Inject
    AccountStorePort accountAdapter;

    @Inject
    SellerAccountStorePort sellerAdapter;

    @Inject
    InTransaction transactions;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(SellerAccountJpaContractIT.class);
    }

    @Override
    protected AccountStorePort accounts() {
        return InTransaction.eachCall(AccountStorePort.class, accountAdapter, transactions);
    }

    @Override
    protected SellerAccountStorePort sellers() {
        return InTransaction.eachCall(SellerAccountStorePort.class, sellerAdapter, transactions);
    }
}
