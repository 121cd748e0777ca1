package io.cardvault.adapter.in.rest.error;

import java.util.List;

/**
 * A request body that is JSON, but not of the route's shape: a string where a number belongs, an
 * array where an object belongs. Answered 422 with one entry per field, as Bean Validation's are.
 */
public final class InvalidBodyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidBodyException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid body" : errors.get(0).msg());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
