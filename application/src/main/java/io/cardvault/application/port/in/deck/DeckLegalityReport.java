package io.cardvault.application.port.in.deck;

import io.cardvault.domain.deck.LegalityVerdict;
import java.time.LocalDate;
import java.util.Objects;

/** A deck's legality on a day. */
public record DeckLegalityReport(DeckView deck, LocalDate day, LegalityVerdict verdict) {

    public DeckLegalityReport {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(verdict, "verdict");
    }
}
