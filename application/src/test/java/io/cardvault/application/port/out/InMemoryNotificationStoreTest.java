package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import java.util.concurrent.atomic.AtomicLong;

/** The fake obeys the same contract as the real store. */
class InMemoryNotificationStoreTest extends NotificationStorePortContract {

    private final InMemoryNotificationStore fake = new InMemoryNotificationStore();
    private final AtomicLong ids = new AtomicLong();

    @Override
    protected NotificationStorePort store() {
        return fake;
    }

    @Override
    protected AccountId anOwner() {
        return new AccountId(ids.incrementAndGet());
    }
}
