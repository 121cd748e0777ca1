package io.cardvault.application.port.out.analytics;

import io.cardvault.domain.analytics.SourcePrice;
import java.util.List;

/** One page of newest source values (priceEur still null: the caller converts) and the total. */
public record SourcePriceRows(List<SourcePrice> rows, long total) {

    public SourcePriceRows {
        rows = List.copyOf(rows);
    }
}
