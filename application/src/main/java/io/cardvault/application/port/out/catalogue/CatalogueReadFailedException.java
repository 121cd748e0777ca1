package io.cardvault.application.port.out.catalogue;

/** The store could not be read (database down, connection lost): the catalogue is temporarily unavailable. */
public class CatalogueReadFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogueReadFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
