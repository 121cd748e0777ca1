package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.shared.DomainException;

/** No stored reference rate converts between the two currencies (or none has been ingested yet). */
public final class UnknownExchangeRateException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnknownExchangeRateException(String message) {
        super(message);
    }
}
