package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;

/** The fake obeys the same contract as the real store. */
class InMemoryTransactionStoreTest extends TransactionStorePortContract {

    private final InMemoryTransactionStore transactions = new InMemoryTransactionStore();
    private final InMemoryListingStore listings = new InMemoryListingStore();
    private final InMemoryBidStore bids = new InMemoryBidStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected TransactionStorePort transactions() {
        return transactions;
    }

    @Override
    protected ListingStorePort listings() {
        return listings;
    }

    @Override
    protected BidStorePort bids() {
        return bids;
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
