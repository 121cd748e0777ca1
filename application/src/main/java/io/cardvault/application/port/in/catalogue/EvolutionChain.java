package io.cardvault.application.port.in.catalogue;

import java.util.List;

/** The evolution line a card belongs to, earliest stage first, the card itself included. */
public record EvolutionChain(long cardId, List<EvolutionStage> chain) {

    public EvolutionChain {
        chain = List.copyOf(chain);
    }
}
