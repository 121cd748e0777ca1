package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.RemoveFromWishlistUseCase;
import io.cardvault.application.port.in.collection.WishlistEntryNotFoundException;
import io.cardvault.application.port.out.WishlistStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import jakarta.inject.Inject;

/** Takes a card off the caller's wishlist; the store removes only the caller's own wish. */
@UseCase
public class RemoveFromWishlistService implements RemoveFromWishlistUseCase {

    private final WishlistStorePort wishlist;

    @Inject
    public RemoveFromWishlistService(WishlistStorePort wishlist) {
        this.wishlist = wishlist;
    }

    /** For CDI's client proxy only. */
    protected RemoveFromWishlistService() {
        this(null);
    }

    @Override
    public void remove(AccountId owner, CardId card) {
        if (!wishlist.delete(owner, card)) {
            throw new WishlistEntryNotFoundException();
        }
    }
}
