package io.cardvault.domain.marketplace;

import io.cardvault.domain.shared.DomainException;

/** A listing, bid, rating or fee value broke one of its rules; names the request field at fault. */
public final class InvalidMarketplaceDataException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidMarketplaceDataException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field a caller would correct, as the API names it ({@code price}, {@code rating}). */
    public String field() {
        return field;
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidMarketplaceDataException(field, message);
        }
    }
}
