package io.cardvault.application.port.out;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Outgoing port: how far the first-start price history backfill got, kept where a restart (of this
 * node or another) reads it: the days it stored whole, and the mark that it ran to its end.
 */
public interface BackfillProgressPort {

    /** Marks the first-start history backfill as done (a provenance row of source {@code backfill}). */
    void recordBackfillCompleted(boolean sandbox, String message);

    /** Whether a history backfill ran to its end before. */
    boolean backfillCompleted();

    /**
     * Records that the first-start backfill has stored every file of {@code day} (moving only forward).
     * Called inside the transaction of the day's last file, so it commits with that file or not at all.
     */
    void recordBackfilledDay(LocalDate day);

    /** The newest day the first-start backfill has stored whole, if it got that far. */
    Optional<LocalDate> lastBackfilledDay();
}
