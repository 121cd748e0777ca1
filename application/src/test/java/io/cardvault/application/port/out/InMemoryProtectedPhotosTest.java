package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;

/** The fake obeys the same contract as the JPA adapter. */
class InMemoryProtectedPhotosTest extends ProtectedPhotoStorePortContract {

    private final InMemoryProtectedPhotos fake = new InMemoryProtectedPhotos();
    private final InMemoryListingStore listings = new InMemoryListingStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected ProtectedPhotoStorePort store() {
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
