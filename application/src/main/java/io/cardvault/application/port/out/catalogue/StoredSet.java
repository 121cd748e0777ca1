package io.cardvault.application.port.out.catalogue;

import io.cardvault.domain.catalogue.ChangeCounts;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import java.util.Map;
import java.util.Objects;

/** The ids a stored set and its cards (by their source id) have, and what the write changed. */
public record StoredSet(CardSetId setId, Map<String, CardId> cardIds, ChangeCounts changes) {

    public StoredSet {
        Objects.requireNonNull(setId, "setId");
        cardIds = Map.copyOf(cardIds);
        Objects.requireNonNull(changes, "changes");
    }
}
