package io.cardvault.domain.shared;

import java.util.Currency;

/** Two amounts in different currencies were combined; convert one first. */
public final class CurrencyMismatchException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("Cannot combine " + expected.getCurrencyCode() + " with " + actual.getCurrencyCode());
    }
}
