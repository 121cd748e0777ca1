package io.cardvault.application.port.in.deck;

import java.util.List;
import java.util.Objects;

/** What an import made: the deck, the lines it took (line number → card) and the lines it could not resolve. */
public record DeckImport(DeckView deck, List<ImportedDeckLine> imported, List<UnresolvedDeckLine> unresolved) {

    public DeckImport {
        Objects.requireNonNull(deck, "deck");
        imported = List.copyOf(imported);
        unresolved = List.copyOf(unresolved);
    }
}
