package io.cardvault.domain.analytics;

import io.cardvault.domain.shared.DomainException;

/** An analytics input that breaks its invariant (unsorted history, negative price, bad horizon). */
public final class InvalidAnalyticsInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidAnalyticsInputException(String message) {
        super(message);
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidAnalyticsInputException(message);
        }
    }
}
