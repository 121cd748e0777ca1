package io.cardvault.application.port.in.deck;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.deck.InvalidDeckDataException;
import java.util.Objects;
import java.util.Optional;

/**
 * Make a deck of a game from a deck list as players export them: one card per line ("4 Lightning Bolt",
 * "4 Lightning Bolt (M10) 146", Pokémon TCG Live's "4 Pikachu ex SVI 57"), with optional section
 * headers ("Sideboard", "Commander", "Pokémon: 12"…). The name defaults to "Imported deck".
 */
public record ImportDeckCommand(AccountId owner, String game, Optional<String> name, Optional<String> format,
                                boolean isPublic, String text) {

    /** A deck list longer than this is not a deck list. */
    public static final int MAX_TEXT = 100_000;
    public static final int MAX_LINES = 1_000;
    public static final String DEFAULT_NAME = "Imported deck";

    public ImportDeckCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        if (text == null || text.isBlank()) {
            throw new InvalidDeckDataException("text", "the deck list is empty: one card per line, such as 4 Lightning Bolt");
        }
        if (text.length() > MAX_TEXT || text.lines().count() > MAX_LINES) {
            throw new InvalidDeckDataException("text", "a deck list has at most " + MAX_LINES + " lines and "
                    + MAX_TEXT + " characters");
        }
    }
}
