package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import java.util.concurrent.atomic.AtomicLong;

/** The expiry fake keeps the contract the database adapter keeps. */
class InMemoryListingExpiryTest extends ListingExpiryPortContract {

    private final AtomicLong ids = new AtomicLong();
    private final InMemoryListingStore listings = new InMemoryListingStore();
    private final InMemoryListingExpiry expiry = new InMemoryListingExpiry(listings);

    @Override
    protected ListingExpiryPort expiry() {
        return expiry;
    }

    @Override
    protected ListingStorePort listings() {
        return listings;
    }

    @Override
    protected AccountId aSeller() {
        return new AccountId(ids.incrementAndGet());
    }

    @Override
    protected CardId aCard(String game) {
        return new CardId(ids.incrementAndGet());
    }
}
