package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;

/** The fake obeys the same contract as the real store. */
class InMemoryProfileStoreTest extends ProfileStorePortContract {

    private final InMemoryProfileStore fake = new InMemoryProfileStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected ProfileStorePort store() {
        return fake;
    }

    @Override
    protected AccountId anAccount() {
        return ids.account();
    }
}
