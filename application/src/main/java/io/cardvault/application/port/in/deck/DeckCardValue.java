package io.cardvault.application.port.in.deck;

import io.cardvault.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/** One line valued: one copy's value and the line's, empty without a price; copies the reader owns (empty when anonymous). */
public record DeckCardValue(DeckCardView line, Optional<Money> unitValue, Optional<Money> lineValue, Optional<Integer> owned) {

    public DeckCardValue {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(unitValue, "unitValue");
        Objects.requireNonNull(lineValue, "lineValue");
        Objects.requireNonNull(owned, "owned");
    }
}
