package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;

/** The fake obeys the same contract as the real store. */
class InMemoryNotificationStoreTest extends NotificationStorePortContract {

    private final InMemoryNotificationStore fake = new InMemoryNotificationStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected NotificationStorePort store() {
        return fake;
    }

    @Override
    protected AccountId anOwner() {
        return ids.account();
    }
}
