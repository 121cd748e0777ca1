package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import java.util.concurrent.atomic.AtomicLong;

/** The fake obeys the same contract as the real store. */
class InMemoryPriceAlertStoreTest extends PriceAlertStorePortContract {

    private final InMemoryPriceAlertStore fake = new InMemoryPriceAlertStore();
    private final AtomicLong ids = new AtomicLong();

    @Override
    protected PriceAlertStorePort store() {
        return fake;
    }

    @Override
    protected AccountId anOwner() {
        return new AccountId(ids.incrementAndGet());
    }

    @Override
    protected CardId aCard() {
        return new CardId(ids.incrementAndGet());
    }
}
