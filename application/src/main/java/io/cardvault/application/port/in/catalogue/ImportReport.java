package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.ChangeCounts;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one import read and what it changed. {@code sets}, {@code cards}, {@code printings} and
 * {@code variants} count what the source holds and the store now mirrors; {@code changes} counts
 * the rows actually inserted or updated (all zero on a re-run over unchanged data).
 */
public record ImportReport(String source,
                           int sets,
                           int cards,
                           int printings,
                           int variants,
                           ChangeCounts changes,
                           List<SkippedRow> skipped,
                           Duration duration) {

    public ImportReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(changes, "changes");
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(duration, "duration");
    }

    public boolean changedNothing() {
        return changes.isZero();
    }
}
