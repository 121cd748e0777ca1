package io.cardvault.domain.deck;

import io.cardvault.domain.catalogue.CardId;
import java.util.Objects;
import java.util.Optional;

/**
 * One way a deck breaks its format: the card concerned (none for a rule about the whole deck, such as
 * its size), the rule as a stable slug ({@code banned}, {@code copy_limit}, {@code deck_size}…) and a
 * sentence naming both.
 */
public record LegalityProblem(Optional<CardId> card, Optional<String> cardName, String rule, String message) {

    public LegalityProblem {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(cardName, "cardName");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    static LegalityProblem ofCard(PlayableCard card, String rule, String message) {
        return new LegalityProblem(Optional.of(card.id()), Optional.of(card.name()), rule, message);
    }

    static LegalityProblem ofDeck(String rule, String message) {
        return new LegalityProblem(Optional.empty(), Optional.empty(), rule, message);
    }
}
