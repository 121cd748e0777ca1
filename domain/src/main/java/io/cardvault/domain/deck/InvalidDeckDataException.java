package io.cardvault.domain.deck;

import io.cardvault.domain.shared.DomainException;

/** A deck value broke one of its rules; names the request field a caller would correct. */
public final class InvalidDeckDataException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidDeckDataException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field as the API names it ({@code quantity}, {@code section}). */
    public String field() {
        return field;
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidDeckDataException(field, message);
        }
    }
}
