package io.cardvault.application.port.in.catalogue;

import java.util.Objects;

/** A source row (a card, or a whole set) left out of an import, and why. */
public record SkippedRow(String rowId, String reason) {

    public SkippedRow {
        Objects.requireNonNull(rowId, "rowId");
        Objects.requireNonNull(reason, "reason");
    }
}
