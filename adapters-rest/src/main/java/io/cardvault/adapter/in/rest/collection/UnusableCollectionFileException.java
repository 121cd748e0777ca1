package io.cardvault.adapter.in.rest.collection;

import java.util.Objects;

/**
 * An uploaded collection file that cannot be imported at all, so nothing of it is: too large,
 * too many rows, not a text CSV, no header CardVault recognises, or no card rows. A single bad row
 * never causes this; it becomes a rejected line instead. The message is written for the collector.
 */
public final class UnusableCollectionFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What made the file unusable, with the HTTP status the collection resource answers with. */
    public enum Problem {
        TOO_LARGE(413),
        TOO_MANY_ROWS(422),
        EMPTY(422),
        NOT_CSV(422),
        UNKNOWN_HEADER(422),
        NO_ROWS(422);

        private final int status;

        Problem(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Problem problem;

    UnusableCollectionFileException(Problem problem, String detail) {
        super(detail);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
