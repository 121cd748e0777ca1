package io.cardvault.domain.deck;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where in a deck a card sits: the main deck, the sideboard, or the command zone (Magic's commander). */
public enum DeckSection {
    MAIN("main"),
    SIDEBOARD("sideboard"),
    COMMANDER("commander");

    private final String code;

    DeckSection(String code) {
        this.code = code;
    }

    /** The spelling of the API and the database. */
    public String code() {
        return code;
    }

    public static Optional<DeckSection> fromCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(section -> section.code.equals(wanted)).findFirst();
    }
}
