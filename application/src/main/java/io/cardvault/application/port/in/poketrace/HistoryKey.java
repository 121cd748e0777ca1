package io.cardvault.application.port.in.poketrace;

import java.time.LocalDate;
import java.util.Objects;

/** Where a history page ends: its last row's day and source (rows run newest day first, sources by name). */
public record HistoryKey(LocalDate date, String source) {

    public HistoryKey {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }
}
