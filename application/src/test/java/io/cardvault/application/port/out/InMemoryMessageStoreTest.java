package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;

/** The fake obeys the same contract as the real store. */
class InMemoryMessageStoreTest extends MessageStorePortContract {

    private final InMemoryMessageStore messages = new InMemoryMessageStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected MessageStorePort messages() {
        return messages;
    }

    @Override
    protected AccountId anAccount() {
        return ids.account();
    }
}
