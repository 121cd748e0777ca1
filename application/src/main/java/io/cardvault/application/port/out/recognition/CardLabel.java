package io.cardvault.application.port.out.recognition;

import io.cardvault.domain.catalogue.CardId;
import java.util.Objects;

/** How a recognised card is labelled in the answer: its set's name and its game's slug. */
public record CardLabel(CardId cardId, String setName, String gameSlug) {

    public CardLabel {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(gameSlug, "gameSlug");
    }
}
