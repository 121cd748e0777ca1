package io.cardvault.adapter.out.sources.fab;

/** A Flesh and Blood file could not be read at all (missing, not gzip, not the JSON shape expected). */
final class FabReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FabReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
