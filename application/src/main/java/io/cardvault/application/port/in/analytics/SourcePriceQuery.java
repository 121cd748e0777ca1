package io.cardvault.application.port.in.analytics;

import java.util.Optional;

/** Filters of the per-source list: source code, foil status, condition (all optional), then the page. */
public record SourcePriceQuery(Optional<String> source, Optional<String> foilStatus, Optional<String> condition,
                               int limit, int offset) {
}
