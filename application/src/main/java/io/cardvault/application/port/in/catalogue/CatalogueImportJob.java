package io.cardvault.application.port.in.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One catalogue import run over one or more sources, as an operator follows it: running until
 * every source is done, then completed (each source imported; its report says what changed and
 * which rows were skipped) or failed (at least one source could not be read; the others' reports
 * still stand, since each set is written in a transaction of its own).
 */
public record CatalogueImportJob(long number,
                                 State state,
                                 List<String> sources,
                                 Instant startedAt,
                                 Instant finishedAt,
                                 List<ImportReport> reports,
                                 List<SourceFailure> failures) {

    public enum State { RUNNING, COMPLETED, FAILED }

    /** A source whose import stopped with an error. */
    public record SourceFailure(String source, String detail) {

        public SourceFailure {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(detail, "detail");
        }
    }

    public CatalogueImportJob {
        Objects.requireNonNull(state, "state");
        sources = List.copyOf(sources);
        Objects.requireNonNull(startedAt, "startedAt");
        if ((state == State.RUNNING) != (finishedAt == null)) {
            throw new IllegalArgumentException("a running import has no finish time, a finished one has");
        }
        reports = List.copyOf(reports);
        failures = List.copyOf(failures);
    }
}
