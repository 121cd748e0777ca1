package io.cardvault.application.port.in.deck;

import io.cardvault.domain.shared.DomainException;

/** No deck with that id that the caller may see: another collector's private deck is not found either. */
public final class DeckNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public DeckNotFoundException() {
        super("Deck not found");
    }
}
