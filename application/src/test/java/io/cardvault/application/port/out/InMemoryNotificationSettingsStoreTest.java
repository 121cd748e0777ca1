package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;

/** The fake obeys the same contract as the real store. */
class InMemoryNotificationSettingsStoreTest extends NotificationSettingsStorePortContract {

    private final InMemoryNotificationSettingsStore fake = new InMemoryNotificationSettingsStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected NotificationSettingsStorePort store() {
        return fake;
    }

    @Override
    protected AccountId anOwner() {
        return ids.account();
    }
}
