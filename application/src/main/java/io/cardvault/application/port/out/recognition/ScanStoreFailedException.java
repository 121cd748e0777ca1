package io.cardvault.application.port.out.recognition;

/** The scan store could not be read or written (the database is down, typically). */
public class ScanStoreFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScanStoreFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
