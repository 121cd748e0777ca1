package io.cardvault.adapter.out.sources.catalogue;

/** One catalogue dump row breaks a rule; the row is reported and skipped, the file goes on. */
public final class BadRowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRowException(String reason) {
        super(reason);
    }
}
