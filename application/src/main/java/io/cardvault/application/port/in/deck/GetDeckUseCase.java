package io.cardvault.application.port.in.deck;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.deck.DeckId;
import java.util.Optional;

/** Use case: one deck, for its owner or, when it is public, anyone (signed in or not). */
public interface GetDeckUseCase {

    /** @throws DeckNotFoundException when there is none the reader may see */
    DeckView deck(DeckId id, Optional<AccountId> reader);
}
