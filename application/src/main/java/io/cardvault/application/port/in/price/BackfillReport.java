package io.cardvault.application.port.in.price;

import java.time.Duration;

/** What a backfill wrote: files ingested, files that failed, points read and written, snapshot rows, time. */
public record BackfillReport(int files, int failedFiles, long pointsRead, long pointsWritten, int snapshotRows,
                             Duration duration) {

    public double pointsPerSecond() {
        double seconds = Math.max(duration.toMillis(), 1) / 1000.0;
        return pointsWritten / seconds;
    }
}
