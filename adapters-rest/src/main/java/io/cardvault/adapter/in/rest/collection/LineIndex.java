package io.cardvault.adapter.in.rest.collection;

import java.util.Arrays;

/**
 * Where each line of a text starts, so a record's character position becomes the line a text
 * editor shows it on, even after quoted cells that run over several lines. CR LF, LF and a lone
 * CR each end a line.
 */
final class LineIndex {

    private final long[] starts;

    LineIndex(String text) {
        long[] found = new long[16];
        int count = 0;
        found[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1L;
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /** The 1-based line holding the character at {@code position}. */
    int lineAt(long position) {
        int index = Arrays.binarySearch(starts, position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
