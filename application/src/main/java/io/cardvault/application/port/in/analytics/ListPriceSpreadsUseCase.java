package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.CrossSourceSpread;
import java.util.List;
import java.util.Optional;

/** Use case: cards whose cheapest and dearest source differ by at least a percentage (EUR), widest first. */
public interface ListPriceSpreadsUseCase {

    List<CrossSourceSpread> spreads(Optional<String> tcg, double minSpreadPct, int limit);
}
