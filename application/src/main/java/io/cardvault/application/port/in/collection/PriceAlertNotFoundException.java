package io.cardvault.application.port.in.collection;

import io.cardvault.domain.shared.DomainException;

/** No alert with that id belongs to the caller (another user's alert is not found either, so ids leak nothing). */
public final class PriceAlertNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public PriceAlertNotFoundException() {
        super("Price alert not found");
    }
}
