package io.cardvault.application.port.in.deck;

import io.cardvault.domain.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deck valued in one currency: each line, the total of the lines with a price, how many copies have no
 * price ({@code unvaluedCount}, never counted as zero), and, for a signed-in reader, how many copies they
 * own and the cost of the copies they lack (empty for an anonymous reader). {@code sandbox}: some price used came
 * from the sandbox market (made-up demo prices), so whoever shows the value must say so.
 */
public record DeckValuation(DeckView deck, Currency currency, List<DeckCardValue> cards, Money total, int unvaluedCount,
                            Optional<Integer> ownedCount, Optional<Integer> missingCount, Optional<Money> costOfMissing,
                            boolean sandbox) {

    public DeckValuation {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(currency, "currency");
        cards = List.copyOf(cards);
        Objects.requireNonNull(total, "total");
    }
}
