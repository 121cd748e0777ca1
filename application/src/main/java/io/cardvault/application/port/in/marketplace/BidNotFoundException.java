package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.shared.DomainException;

/** No bid with that id on a listing of the caller's. */
public final class BidNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public BidNotFoundException() {
        super("bid not found");
    }
}
