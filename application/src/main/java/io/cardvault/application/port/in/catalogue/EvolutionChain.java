package io.cardvault.application.port.in.catalogue;

import java.util.Objects;
import io.cardvault.domain.catalogue.CardId;
import java.util.List;

/** The evolution line a card belongs to, earliest stage first, the card itself included. */
public record EvolutionChain(CardId cardId, List<EvolutionStage> chain) {

    public EvolutionChain {
        Objects.requireNonNull(cardId, "cardId");
        chain = List.copyOf(chain);
    }
}
