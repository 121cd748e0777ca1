package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.shared.DomainException;

/** No catalogue source of the requested name is configured on this node. */
public final class UnknownCatalogueSourceException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnknownCatalogueSourceException(String source) {
        super("no catalogue source named " + source);
    }
}
