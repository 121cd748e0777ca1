package io.cardvault.application.port.in.catalogue;

import java.util.Objects;
import io.cardvault.domain.catalogue.CardId;

/** One step of an evolution line: its stage ("Basic", "Stage 1", …), the name and the card chosen for it. */
public record EvolutionStage(String stage, String name, CardId cardId) {

    public EvolutionStage {
        Objects.requireNonNull(cardId, "cardId");
    }
}
