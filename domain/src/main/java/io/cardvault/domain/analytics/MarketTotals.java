package io.cardvault.domain.analytics;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Market-wide counters; {@code lastUpdate} is the end of the newest successful price ingest (null before any). */
public record MarketTotals(long totalCards, long totalPrices, long totalSets, int tcgsCovered, List<String> sources,
                           Instant lastUpdate) implements Serializable {

    public MarketTotals {
        sources = List.copyOf(sources);
    }
}
