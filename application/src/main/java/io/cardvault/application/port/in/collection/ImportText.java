package io.cardvault.application.port.in.collection;

import io.cardvault.domain.collection.InvalidCollectionDataException;
import java.util.Optional;

/** The text rules every free-text field of an import row shares: stripped, never blank, bounded. */
final class ImportText {

    private ImportText() {
    }

    static String required(String text, int maxLength, String field) {
        require(text != null && !text.isBlank(), field, field + " is required");
        String stripped = text.strip();
        require(stripped.length() <= maxLength, field, field + " is longer than " + maxLength + " characters");
        return stripped;
    }

    /** Blank text is no text: an empty cell and a missing column mean the same. */
    static Optional<String> optional(Optional<String> text, int maxLength, String field) {
        require(text != null, field, field + " must be given, if only as empty");
        return text.filter(value -> !value.isBlank()).map(value -> required(value, maxLength, field));
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidCollectionDataException(field, message);
        }
    }
}
