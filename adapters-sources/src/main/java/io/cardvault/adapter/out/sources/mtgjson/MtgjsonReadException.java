package io.cardvault.adapter.out.sources.mtgjson;

/** An MTGJSON file could not be read at all (missing, not gzip, not JSON where a whole file must be). */
final class MtgjsonReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MtgjsonReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
