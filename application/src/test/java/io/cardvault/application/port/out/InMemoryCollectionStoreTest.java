package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import java.util.concurrent.atomic.AtomicLong;

/** The fake obeys the same contract as the real store, so service tests on it mean something. */
class InMemoryCollectionStoreTest extends CollectionStorePortContract {

    private final InMemoryCollectionStore fake = new InMemoryCollectionStore();
    private final AtomicLong ids = new AtomicLong();

    @Override
    protected CollectionStorePort store() {
        return fake;
    }

    @Override
    protected AccountId anOwner() {
        return new AccountId(ids.incrementAndGet());
    }

    @Override
    protected CardId aCard(String game) {
        CardId card = new CardId(ids.incrementAndGet());
        fake.cardOfGame(card, game);
        return card;
    }
}
