package io.cardvault.adapter.in.rest.deck;

import io.cardvault.application.port.in.deck.DeckImport;
import java.util.List;

/** {@code POST /decks/import}: the new deck, the lines taken and the lines not resolved (with line numbers). */
public record DeckImportResponse(DeckResponse deck, int importedCount, int unresolvedCount, List<Imported> imported,
                                 List<Unresolved> unresolved) {

    /** A line that named one card. */
    public record Imported(int line, long cardId, String name, int quantity, String section) {
    }

    /** A line that did not: why ({@code unreadable}, {@code not_found}, {@code ambiguous}, {@code invalid}) and, if ambiguous, the candidates. */
    public record Unresolved(int line, String text, String reason, String message, List<String> candidates) {
    }

    static DeckImportResponse from(DeckImport result) {
        return new DeckImportResponse(DeckResponse.from(result.deck()), result.imported().size(), result.unresolved().size(),
                result.imported().stream().map(line -> new Imported(line.line(), line.card().value(), line.cardName(),
                        line.quantity(), line.section().code())).toList(),
                result.unresolved().stream().map(line -> new Unresolved(line.line(), line.text(), line.reason(), line.message(),
                        line.candidates())).toList());
    }
}
