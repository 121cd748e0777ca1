package io.cardvault.adapter.in.rest.error;

/**
 * A request body refused before any resource saw it: too large (413), not JSON or nested too
 * deeply (400), or a form or multipart body the runtime could not take apart (400). The detail
 * is written for the client; the cause, if any, stays in the log.
 */
public final class UnreadableBodyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public UnreadableBodyException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public UnreadableBodyException(int status, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
