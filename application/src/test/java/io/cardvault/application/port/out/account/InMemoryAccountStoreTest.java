package io.cardvault.application.port.out.account;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.port.out.ChangeAccountTierPort;
import io.cardvault.application.port.out.SellerAccountStorePort;
import io.cardvault.application.port.out.SessionStandingStorePort;
import org.junit.jupiter.api.Nested;

/** The fake obeys the account ports' contracts like the JPA adapter, so service tests on it mean something. */
class InMemoryAccountStoreTest {

    private final InMemoryAccountStore fake = new InMemoryAccountStore();

    @Nested
    class Accounts extends AccountStorePortContract {
        @Override
        protected AccountStorePort accounts() {
            return fake;
        }
    }

    @Nested
    class Keys extends ApiKeyStorePortContract {
        @Override
        protected AccountStorePort accounts() {
            return fake;
        }

        @Override
        protected ApiKeyStorePort keys() {
            return fake;
        }

        @Override
        protected ChangeAccountTierPort tiers() {
            return fake;
        }
    }

    @Nested
    class Tiers extends ChangeAccountTierPortContract {
        @Override
        protected AccountStorePort accounts() {
            return fake;
        }

        @Override
        protected ChangeAccountTierPort tiers() {
            return fake;
        }
    }

    @Nested
    class Sellers extends SellerAccountStorePortContract {
        @Override
        protected AccountStorePort accounts() {
            return fake;
        }

        @Override
        protected SellerAccountStorePort sellers() {
            return fake;
        }
    }

    @Nested
    class Sessions extends SessionStandingStorePortContract {
        @Override
        protected AccountStorePort accounts() {
            return fake;
        }

        @Override
        protected SessionStandingStorePort sessions() {
            return fake;
        }
    }
}
