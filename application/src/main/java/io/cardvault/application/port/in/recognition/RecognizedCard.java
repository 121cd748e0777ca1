package io.cardvault.application.port.in.recognition;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.recognition.ConfidenceBucket;
import io.cardvault.domain.recognition.ScoreComponents;

import java.util.Objects;

/** One candidate of a recognition, labelled for the answer (set name, game slug). */
public record RecognizedCard(CardId cardId, String name, String setName, String tcgSlug, double score,
                             ConfidenceBucket confidence, ScoreComponents components, int rotationUsed) {

    public RecognizedCard {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(tcgSlug, "tcgSlug");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(components, "components");
    }
}
