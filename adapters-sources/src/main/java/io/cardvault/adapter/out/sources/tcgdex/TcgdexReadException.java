package io.cardvault.adapter.out.sources.tcgdex;

/** A tcgdex file could not be read at all (missing, not gzip, not JSON where a whole file must be). */
final class TcgdexReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TcgdexReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
