package io.cardvault.application.port.in.deck;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.deck.DeckId;
import java.util.Optional;

/** Use case: whether a deck the reader may see is legal in its format today, and every problem found. */
public interface CheckDeckLegalityUseCase {

    DeckLegalityReport legality(DeckId id, Optional<AccountId> reader);
}
