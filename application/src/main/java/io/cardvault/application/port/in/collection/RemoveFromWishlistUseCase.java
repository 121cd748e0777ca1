package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;

/** Use case: take a card off the wishlist; a card not on it is {@link WishlistEntryNotFoundException}. */
public interface RemoveFromWishlistUseCase {

    void remove(AccountId owner, CardId card);
}
