package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.shared.DomainException;

/** A source describes a game the platform does not list. */
public final class UnknownGameException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnknownGameException(String slug) {
        super("unknown game: " + slug);
    }
}
