package io.cardvault.application.port.in.account;

import io.cardvault.domain.shared.DomainException;

/** The current password given to confirm a change does not match; the session itself is fine. */
public final class WrongPasswordException extends DomainException {

    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super("Current password is incorrect");
    }
}
