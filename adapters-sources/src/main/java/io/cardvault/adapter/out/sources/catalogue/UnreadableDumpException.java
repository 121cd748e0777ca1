package io.cardvault.adapter.out.sources.catalogue;

/** A dump file could not be read at all (missing, not gzip, not JSON where a whole file must be). */
public final class UnreadableDumpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableDumpException(String message, Throwable cause) {
        super(message, cause);
    }
}
