package io.cardvault.application.port.out.marketplace;

/**
 * A store refused to write a listing or transaction because another caller changed it since it was
 * read (optimistic locking): two buyers racing for the last copy, two moves of one order at once.
 * The use case decides what the loser is told (the listing is unavailable, the order moved on).
 */
public final class ConcurrentChangeException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String what, Throwable cause) {
        super(what + " was changed by another request", cause);
    }
}
