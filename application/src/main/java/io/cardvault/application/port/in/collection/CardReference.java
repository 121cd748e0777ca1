package io.cardvault.application.port.in.collection;

import io.cardvault.domain.catalogue.CardId;
import java.util.Objects;
import java.util.Optional;

/**
 * How an import row names its card, most exact first: the platform's own id (the spec's export),
 * a set and the collector number printed on the card, or the card's name within a set. The game,
 * when the file says it, narrows the search ({@code pokemon}, {@code mtg}: a slug, never a label).
 */
public sealed interface CardReference {

    int MAX_NAME = 200;
    int MAX_NUMBER = 32;

    /** The platform's card id, as the spec's own CSV carries it in {@code card_id}. */
    record ByCardId(CardId cardId) implements CardReference {

        public ByCardId {
            Objects.requireNonNull(cardId, "cardId");
        }
    }

    /**
     * A set and the number printed on the card, as written ({@code 4/102}, {@code 004}, {@code GG44},
     * {@code 199/165}); the card's name, when the file has one, lets the matcher confirm the hit.
     */
    record BySetAndNumber(SetHint set, String collectorNumber, Optional<String> cardName, Optional<String> game)
            implements CardReference {

        public BySetAndNumber {
            Objects.requireNonNull(set, "set");
            collectorNumber = ImportText.required(collectorNumber, MAX_NUMBER, "collector number");
            cardName = ImportText.optional(cardName, MAX_NAME, "card name");
            game = ImportText.optional(game, MAX_NAME, "game");
        }
    }

    /** A card's name within a set, for files that print no collector number (Cardmarket, Deckbox). */
    record ByNameAndSet(String cardName, SetHint set, Optional<String> game) implements CardReference {

        public ByNameAndSet {
            cardName = ImportText.required(cardName, MAX_NAME, "card name");
            Objects.requireNonNull(set, "set");
            game = ImportText.optional(game, MAX_NAME, "game");
        }
    }
}
