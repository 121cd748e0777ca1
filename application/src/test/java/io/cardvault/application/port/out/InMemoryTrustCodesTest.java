package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;

/** The fake obeys the same contract as the JPA adapter. */
class InMemoryTrustCodesTest extends TrustCodeStorePortContract {

    private final InMemoryTrustCodes fake = new InMemoryTrustCodes();
    private final InMemoryListingStore listings = new InMemoryListingStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected TrustCodeStorePort store() {
        return fake;
    }

    @Override
    protected ListingStorePort listings() {
        return listings;
    }

    @Override
    protected AccountId aSeller() {
        return ids.account();
    }

    @Override
    protected CardId aCard(String game) {
        CardId card = ids.card();
        listings.cardOfGame(card, game);
        return card;
    }
}
