package io.cardvault.application.port.in.collection;

import io.cardvault.domain.shared.DomainException;

/** No collection entry with that id belongs to the caller (another owner's entry is not found either, so ids leak nothing). */
public final class CollectionEntryNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CollectionEntryNotFoundException() {
        super("collection entry not found");
    }
}
