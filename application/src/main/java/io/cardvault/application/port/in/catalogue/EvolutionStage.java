package io.cardvault.application.port.in.catalogue;

/** One step of an evolution line: its stage ("Basic", "Stage 1", …), the name and the card chosen for it. */
public record EvolutionStage(String stage, String name, long cardId) {
}
