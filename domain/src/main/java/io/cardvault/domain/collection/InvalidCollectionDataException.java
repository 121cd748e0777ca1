package io.cardvault.domain.collection;

import io.cardvault.domain.shared.DomainException;

/** A collection, wishlist, alert or notification value broke one of its rules; names the offending field. */
public final class InvalidCollectionDataException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidCollectionDataException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field a caller would correct, as the API names it ({@code quantity}, {@code target_price}). */
    public String field() {
        return field;
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidCollectionDataException(field, message);
        }
    }
}
