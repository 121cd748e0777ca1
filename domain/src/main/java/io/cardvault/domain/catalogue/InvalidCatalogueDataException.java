package io.cardvault.domain.catalogue;

import io.cardvault.domain.shared.DomainException;

/** A catalogue value broke one of its rules (a blank name, a negative HP, a malformed number…). */
public final class InvalidCatalogueDataException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidCatalogueDataException(String message) {
        super(message);
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidCatalogueDataException(message);
        }
    }

    static String requireText(String value, int maxLength, String what) {
        require(value != null && !value.isBlank(), what + " must not be blank");
        String trimmed = value.strip();
        require(trimmed.length() <= maxLength, what + " must be at most " + maxLength + " characters: " + trimmed);
        return trimmed;
    }
}
