package io.cardvault.adapter.in.rest.collection;

import java.util.List;
import java.util.OptionalInt;

/**
 * One data row of an import file with the line it starts on. A row shorter than the header (a
 * spreadsheet drops trailing empty cells) reads as empty cells, never as an error.
 */
final class Row {

    private final Header header;
    private final List<String> cells;
    private final int line;

    Row(Header header, List<String> cells, int line) {
        this.header = header;
        this.cells = List.copyOf(cells);
        this.line = line;
    }

    int line() {
        return line;
    }

    /** The stripped cell of the first alias that is a column; empty text when none is or the cell is empty. */
    String value(String... aliases) {
        OptionalInt column = header.column(aliases);
        if (column.isEmpty() || column.getAsInt() >= cells.size()) {
            return "";
        }
        return cells.get(column.getAsInt()).strip();
    }

    /** True when every cell is empty: a line such as {@code ;;;;} that a spreadsheet leaves behind. */
    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
