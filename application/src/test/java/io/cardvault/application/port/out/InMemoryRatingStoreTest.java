package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;

/** The fake obeys the same contract as the real store. */
class InMemoryRatingStoreTest extends RatingStorePortContract {

    private final InMemoryRatingStore ratings = new InMemoryRatingStore();
    private final InMemoryTransactionStore transactions = new InMemoryTransactionStore();
    private final InMemoryListingStore listings = new InMemoryListingStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected RatingStorePort ratings() {
        return ratings;
    }

    @Override
    protected TransactionStorePort transactions() {
        return transactions;
    }

    @Override
    protected ListingStorePort listings() {
        return listings;
    }

    @Override
    protected AccountId anAccount() {
        return ids.account();
    }

    @Override
    protected CardId aCard(String game) {
        return ids.card();
    }
}
