package io.cardvault.application.port.in.deck;

import io.cardvault.domain.account.AccountId;
import java.util.Objects;
import java.util.Optional;

/** Start an empty deck of a game (its slug), optionally for a format, private unless {@code isPublic}. */
public record CreateDeckCommand(AccountId owner, String name, String game, Optional<String> format, boolean isPublic) {

    public CreateDeckCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(format, "format");
    }
}
