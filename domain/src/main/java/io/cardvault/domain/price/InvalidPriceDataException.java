package io.cardvault.domain.price;

import io.cardvault.domain.shared.DomainException;

/** A price value broke one of its rules (a negative amount, a grade a company does not use…). */
public final class InvalidPriceDataException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidPriceDataException(String message) {
        super(message);
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidPriceDataException(message);
        }
    }
}
