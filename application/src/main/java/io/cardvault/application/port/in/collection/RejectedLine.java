package io.cardvault.application.port.in.collection;

/**
 * A line of an import file that gives no collection entry, and why, in words the collector can
 * act on. Lines count from 1 with the header as line 1, as a text editor shows them; a quoted
 * field running over several lines is reported at the line it starts on.
 */
public record RejectedLine(int line, String reason) {

    static final int MAX_REASON = 500;

    public RejectedLine {
        ImportText.require(line >= 1, "line", "lines count from 1: " + line);
        reason = ImportText.required(reason, MAX_REASON, "reason");
    }
}
