package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;

/** The fake obeys the same contract as the real store. */
class InMemoryPriceAlertStoreTest extends PriceAlertStorePortContract {

    private final InMemoryPriceAlertStore fake = new InMemoryPriceAlertStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected PriceAlertStorePort store() {
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
