package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.shared.DomainException;

/** No account with that username (a reputation asked for a name nobody has). */
public final class TraderNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public TraderNotFoundException() {
        super("user not found");
    }
}
