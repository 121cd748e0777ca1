package io.cardvault.application.port.in.collection;

/**
 * Use case: put a card on the wishlist, or change the max price of a card already on it (one wish
 * per card). An unknown card, or a currency the platform cannot price in, is an
 * {@code InvalidCollectionDataException} on {@code card_id} / {@code currency}.
 */
public interface AddToWishlistUseCase {

    WishlistItem add(AddToWishlistCommand command);
}
