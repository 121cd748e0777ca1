package io.cardvault.application.port.in.collection;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A line whose copies were added to a holding that already existed: one the collector owned
 * before the import ({@code earlierLine} empty) or one an earlier line of the same file created or
 * merged into ({@code earlierLine} that line). {@code holdingQuantity} is the holding's copies once
 * this line was added.
 */
public record MergedLine(ImportedLine row, OptionalInt earlierLine, int holdingQuantity) {

    public MergedLine {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(earlierLine, "earlierLine");
        earlierLine.ifPresent(earlier -> ImportText.require(earlier < row.line(), "line",
                "a line merges into an earlier one: " + earlier + " is not before " + row.line()));
        ImportText.require(holdingQuantity >= row.quantity(), "quantity",
                "the holding has at least the copies this line added: " + holdingQuantity);
    }

    public boolean wasOwnedBefore() {
        return earlierLine.isEmpty();
    }
}
