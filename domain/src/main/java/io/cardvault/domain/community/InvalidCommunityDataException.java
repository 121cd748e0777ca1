package io.cardvault.domain.community;

import io.cardvault.domain.shared.DomainException;

/** A message, forum post, report or block broke one of its rules; names the request field at fault. */
public final class InvalidCommunityDataException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidCommunityDataException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field a caller would correct, as the API names it ({@code body}, {@code target_type}). */
    public String field() {
        return field;
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidCommunityDataException(field, message);
        }
    }

    /** Text that is present, not blank and at most {@code max} characters (code points are not split: length is UTF-16 units). */
    static String requireText(String text, int max, String field) {
        require(text != null && !text.isBlank(), field, field + " is required");
        require(text.length() <= max, field, field + " has at most " + max + " characters");
        return text;
    }
}
