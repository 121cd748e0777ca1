package io.cardvault.domain.collection;

import io.cardvault.domain.shared.DomainException;

/** The collector already has an active alert on that card, side and target: a second would fire twice. */
public final class DuplicatePriceAlertException extends DomainException {

    private static final long serialVersionUID = 1L;

    public DuplicatePriceAlertException() {
        super("An active alert with this card, condition and target price already exists");
    }
}
