package io.cardvault.application.port.in.deck;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.deck.DeckId;
import java.util.Currency;
import java.util.Optional;

/**
 * Use case: what a deck is worth at the newest prices, valued by the collection's one rule (a near-mint
 * copy of the card's cheapest priced variant), and for a signed-in reader how many of its cards they own
 * and what the rest would cost.
 */
public interface ValueDeckUseCase {

    DeckValuation value(DeckId id, Optional<AccountId> reader, Currency currency);
}
