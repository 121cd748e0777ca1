package io.cardvault.application.port.in.collection;

import io.cardvault.domain.shared.DomainException;

/** The card is not on the caller's wishlist. */
public final class WishlistEntryNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public WishlistEntryNotFoundException() {
        super("Card not on your wishlist");
    }
}
