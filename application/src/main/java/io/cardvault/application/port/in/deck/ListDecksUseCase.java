package io.cardvault.application.port.in.deck;

import io.cardvault.domain.account.AccountId;
import java.util.List;

/** Use case: a collector's own decks, most recently changed first. */
public interface ListDecksUseCase {

    List<DeckView> decks(AccountId owner);
}
