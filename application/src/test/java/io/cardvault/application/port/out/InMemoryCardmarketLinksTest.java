package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import java.util.concurrent.atomic.AtomicLong;

/** The fake keeps links as the JPA adapter does. */
class InMemoryCardmarketLinksTest extends CardmarketLinkStorePortContract {

    private final InMemoryCardmarketLinks store = new InMemoryCardmarketLinks();
    private final AtomicLong ids = new AtomicLong();

    @Override
    protected CardmarketLinkStorePort store() {
        return store;
    }

    @Override
    protected AccountId aSeller() {
        return new AccountId(ids.incrementAndGet());
    }
}
