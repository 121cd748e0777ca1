package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;

/** The fake obeys the same contract as the real store. */
class InMemoryWishlistStoreTest extends WishlistStorePortContract {

    private final InMemoryWishlistStore fake = new InMemoryWishlistStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected WishlistStorePort store() {
        return fake;
    }

    @Override
    protected AccountId anOwner() {
        return ids.account();
    }

    @Override
    protected CardId aCard() {
        return ids.card();
    }
}
