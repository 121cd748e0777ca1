package io.cardvault.application.port.in.price;

import java.util.List;

/**
 * What one daily price run did: the report of each source's ingest (a source whose ingest threw is
 * logged and has none) and the snapshot's row count, or {@code null} when the snapshot failed.
 */
public record DailyPriceRun(List<IngestReport> ingests, Integer snapshotRows) {

    public DailyPriceRun {
        ingests = List.copyOf(ingests);
    }
}
