package io.cardvault.adapter.in.rest.deck;

import io.cardvault.application.port.in.deck.DeckValuation;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /decks/{id}/value}: every value in {@code currency}; a card without a convertible price has null values
 * and counts in {@code unvalued_count} (never zero). {@code owned_count}, {@code missing_count} and
 * {@code cost_of_missing} are the signed-in reader's (null for an anonymous reader of a public deck). {@code sandbox}
 * is true when a price used came from the sandbox market (made-up demo prices), as on the price routes.
 */
public record DeckValueResponse(long deckId, String currency, BigDecimal totalValue, int cardCount, int unvaluedCount,
                                Integer ownedCount, Integer missingCount, BigDecimal costOfMissing, boolean sandbox,
                                List<Line> cards) {

    /** One line valued: one copy's value, the line's, and the reader's owned copies of it. */
    public record Line(long cardId, String name, String setCode, String section, int quantity, BigDecimal unitValue,
                       BigDecimal lineValue, Integer owned) {
    }

    static DeckValueResponse from(DeckValuation value) {
        return new DeckValueResponse(value.deck().id().value(), value.currency().getCurrencyCode(), value.total().amount(),
                value.cards().stream().mapToInt(line -> line.line().quantity()).sum(), value.unvaluedCount(),
                value.ownedCount().orElse(null), value.missingCount().orElse(null),
                value.costOfMissing().map(Money::amount).orElse(null), value.sandbox(),
                value.cards().stream().map(line -> new Line(line.line().card().id(), line.line().card().name(),
                        line.line().card().setCode(), line.line().section().code(), line.line().quantity(),
                        line.unitValue().map(Money::amount).orElse(null), line.lineValue().map(Money::amount).orElse(null),
                        line.owned().orElse(null))).toList());
    }
}
