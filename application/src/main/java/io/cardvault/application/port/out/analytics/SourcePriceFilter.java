package io.cardvault.application.port.out.analytics;

import java.util.List;
import java.util.Optional;

/** Which newest source values to list: one source or all, restricted to variants of these finishes (empty = any). */
public record SourcePriceFilter(Optional<String> source, List<String> finishes) {

    public SourcePriceFilter {
        finishes = List.copyOf(finishes);
    }
}
