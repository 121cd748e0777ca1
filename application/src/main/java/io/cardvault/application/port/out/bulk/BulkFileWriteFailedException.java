package io.cardvault.application.port.out.bulk;

/** Storage refused a bulk file (disk full, folder not writable); the previous file stays current. */
public class BulkFileWriteFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BulkFileWriteFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
