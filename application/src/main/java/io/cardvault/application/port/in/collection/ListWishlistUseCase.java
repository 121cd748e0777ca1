package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import java.util.List;

/** Use case: the cards an account wants, newest wish first, each with its card and current price. */
public interface ListWishlistUseCase {

    List<WishlistItem> wishlist(AccountId owner);
}
