package io.cardvault.application.port.out.price;

import java.util.List;

/**
 * What storing a batch did: rows inserted or whose amount changed ({@code written}; a re-ingest
 * of the same file writes 0), points flagged as outliers, and the points that became their
 * series' new latest price with an amount different from the one before.
 */
public record StoredPoints(int written, int outliers, List<SeriesPoint> latestChanged) {

    public StoredPoints {
        latestChanged = List.copyOf(latestChanged);
    }
}
