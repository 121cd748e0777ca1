package io.cardvault.application.port.out.catalogue;

/** The store could not write a set; its transaction was rolled back. */
public class CatalogueWriteFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogueWriteFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
