package io.cardvault.application.port.out.deck;

import io.cardvault.domain.catalogue.CardId;
import java.time.LocalDate;
import java.util.Objects;

/** A card a deck list's line could mean: its id, name, set code, local number and the set's release day (may be null). */
public record DeckCardCandidate(CardId id, String name, String setCode, String localId, LocalDate setReleased) {

    public DeckCardCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(setCode, "setCode");
        Objects.requireNonNull(localId, "localId");
    }
}
