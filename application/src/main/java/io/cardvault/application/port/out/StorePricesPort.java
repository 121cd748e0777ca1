package io.cardvault.application.port.out;

import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.application.port.out.price.StoredPoints;
import io.cardvault.domain.price.PriceSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Outgoing port: the price store. Points are upserted on (series, day), so storing the same
 * points twice changes nothing; outliers are flagged by the store's rule and never become a
 * series' latest price. Runs record provenance (upstream, content hash, sandbox or not).
 */
public interface StorePricesPort {

    /** The successful run that already ingested a file with these bytes from that source, if any. */
    OptionalInt findRunWithContent(PriceSource source, byte[] sha1);

    int startRun(PriceSource source, String upstream, byte[] sha1, boolean sandbox);

    void finishRun(int runId, RunStatus status, int pointsRead, int pointsWritten, String message);

    /** Records a run that never got a file (the upstream failed or sent a broken one) on its own. */
    int recordFailedRun(PriceSource source, String upstream, boolean sandbox, RunStatus status, String message);

    StoredPoints store(int runId, List<SeriesPoint> points);

    /**
     * Points of a past day a backfill fills in: stored and judged as {@link #store} does, but the
     * latest prices of their series are left for {@link #settleLatest} (a backfill writes hundreds of
     * days in a row, and each would otherwise move every series' latest price once more). A store
     * without that distinction stores them as {@link #store} does.
     */
    default StoredPoints storeHistory(int runId, List<SeriesPoint> points) {
        return store(runId, points);
    }

    /**
     * Moves the latest price of every series {@link #storeHistory} wrote (and of every series that has
     * points but no latest price) to its newest non-outlier point, with the same "only forward" rule;
     * returns how many latest prices it wrote.
     */
    default int settleLatest() {
        return 0;
    }

    /** Marks the first-start history backfill as done (a provenance row of source {@code backfill}). */
    void recordBackfillCompleted(boolean sandbox, String message);

    /** Whether a history backfill ran to its end before. */
    boolean backfillCompleted();

    /**
     * Records that the first-start backfill has stored every file of {@code day} (moving only forward).
     * Called inside the transaction of the day's last file, so it commits with that file or not at all.
     * A store that keeps no progress ignores it: its interrupted backfill starts over.
     */
    default void recordBackfilledDay(LocalDate day) {
        // nothing kept
    }

    /** The newest day the first-start backfill has stored whole, if it got that far. */
    default Optional<LocalDate> lastBackfilledDay() {
        return Optional.empty();
    }
}
