package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.shared.DomainException;

/** Root of the rejections of a catalogue read: something asked for does not exist, or the question is incomplete. */
public abstract sealed class CatalogueQueryException extends DomainException
        permits CatalogueEntryNotFoundException, MissingCardFilterException {

    private static final long serialVersionUID = 1L;

    protected CatalogueQueryException(String message) {
        super(message);
    }
}
