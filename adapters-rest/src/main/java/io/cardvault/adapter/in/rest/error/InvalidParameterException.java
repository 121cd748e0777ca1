package io.cardvault.adapter.in.rest.error;

/**
 * A query, path or header parameter whose text is not of its declared type ({@code limit=abc}).
 * JAX-RS would answer 404 for that; the contract wants 422 with the parameter's location.
 */
public final class InvalidParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient FieldError error;

    public InvalidParameterException(FieldError error) {
        super(error.msg());
        this.error = error;
    }

    public FieldError error() {
        return error;
    }
}
