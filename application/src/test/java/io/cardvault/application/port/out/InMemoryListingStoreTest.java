package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;

/** The fake obeys the same contract as the real store, so service tests on it mean something. */
class InMemoryListingStoreTest extends ListingStorePortContract {

    private final InMemoryListingStore fake = new InMemoryListingStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected ListingStorePort store() {
        return fake;
    }

    @Override
    protected AccountId aSeller() {
        return ids.account();
    }

    @Override
    protected CardId aCard(String game) {
        CardId card = ids.card();
        fake.cardOfGame(card, game);
        return card;
    }
}
