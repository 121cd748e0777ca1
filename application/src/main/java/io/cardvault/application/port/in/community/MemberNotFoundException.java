package io.cardvault.application.port.in.community;

import io.cardvault.domain.shared.DomainException;

/** No account with that username (a message or block addressed to a name nobody has). */
public final class MemberNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public MemberNotFoundException() {
        super("user not found");
    }
}
