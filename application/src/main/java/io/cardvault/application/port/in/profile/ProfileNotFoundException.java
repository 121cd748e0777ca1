package io.cardvault.application.port.in.profile;

import io.cardvault.domain.shared.DomainException;

/** No collector has that username (or nothing of theirs is there to show, such as an avatar). */
public final class ProfileNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ProfileNotFoundException() {
        super("User not found");
    }

    /** Not found, said more precisely ("No avatar"). */
    public ProfileNotFoundException(String message) {
        super(message);
    }
}
