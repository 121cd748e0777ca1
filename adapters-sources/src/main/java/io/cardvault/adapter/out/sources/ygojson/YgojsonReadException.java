package io.cardvault.adapter.out.sources.ygojson;

/** A YGOJSON file could not be read at all (missing, not gzip, not the expected JSON shape). */
final class YgojsonReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    YgojsonReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
