package io.cardvault.application.port.in.deck;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.deck.DeckId;
import io.cardvault.domain.deck.DeckSection;
import java.util.Objects;

/** Put {@code quantity} more copies of a card into a section of the owner's deck. */
public record AddCardToDeckCommand(AccountId owner, DeckId deck, CardId card, int quantity, DeckSection section) {

    public AddCardToDeckCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(section, "section");
    }
}
