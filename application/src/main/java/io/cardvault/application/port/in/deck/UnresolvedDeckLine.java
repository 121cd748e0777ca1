package io.cardvault.application.port.in.deck;

import java.util.List;

/**
 * A line of the deck list that did not become a card: its number (1-based), its text, why
 * ({@code reason}: {@code unreadable}, {@code not_found}, {@code ambiguous}, {@code invalid}), a sentence,
 * and for an ambiguous line the printings it could mean ("Llanowar Elves (LEA 198)").
 */
public record UnresolvedDeckLine(int line, String text, String reason, String message, List<String> candidates) {

    public UnresolvedDeckLine {
        candidates = List.copyOf(candidates);
    }
}
