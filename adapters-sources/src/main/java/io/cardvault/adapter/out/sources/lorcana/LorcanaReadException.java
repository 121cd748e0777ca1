package io.cardvault.adapter.out.sources.lorcana;

/** A Lorcana file could not be read at all (missing, not gzip, not the expected JSON shape). */
final class LorcanaReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LorcanaReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
