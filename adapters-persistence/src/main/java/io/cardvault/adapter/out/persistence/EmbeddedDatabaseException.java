package io.cardvault.adapter.out.persistence;

/** The embedded database could not be started; the node cannot serve without storage. */
final class EmbeddedDatabaseException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
