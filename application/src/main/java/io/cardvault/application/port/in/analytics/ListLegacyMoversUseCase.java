package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.Mover;
import java.util.List;
import java.util.Optional;

/** Use case: the legacy flat movers list: gainers (up) or losers (down) over 30 days. */
public interface ListLegacyMoversUseCase {

    List<Mover> movers(boolean up, int limit, Optional<String> tcg);
}
