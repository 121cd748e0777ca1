package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;

/** The fake obeys the same contract as the real store. */
class InMemoryDeckStoreTest extends DeckStorePortContract {

    private final InMemoryDeckStore fake = new InMemoryDeckStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected DeckStorePort store() {
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
