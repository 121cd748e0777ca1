package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.shared.DomainException;

/** No listing with that id (or, for a seller's route, none of the caller's: another seller's listing is not found either, so ids leak nothing). */
public final class ListingNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ListingNotFoundException() {
        super("listing not found");
    }
}
