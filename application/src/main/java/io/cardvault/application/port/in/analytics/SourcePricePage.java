package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.SourcePrice;
import java.util.List;

/** A page of newest per-source values. */
public record SourcePricePage(List<SourcePrice> items, long total, int limit, int offset) {

    public SourcePricePage {
        items = List.copyOf(items);
    }
}
