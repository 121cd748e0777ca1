package io.cardvault.domain.scan;

import io.cardvault.domain.shared.DomainException;

/**
 * An act the session's state or the caller's credential does not allow. The reason decides the
 * answer: an unknown session (or one of another account) is not found, a wrong token is not
 * authenticated, a second claim or an upload after completion conflicts, an expired session is gone.
 */
public class ScanSessionRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Why the act was refused. */
    public enum Reason { NOT_FOUND, WRONG_TOKEN, ALREADY_CLAIMED, NOT_CLAIMED, COMPLETED, EXPIRED }

    private final Reason reason;

    public ScanSessionRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
