package io.cardvault.application.port.out.recognition;

import java.util.Objects;

/** How a recognised card is labelled in the answer: its set's name and its game's slug. */
public record CardLabel(long cardId, String setName, String gameSlug) {

    public CardLabel {
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(gameSlug, "gameSlug");
    }
}
