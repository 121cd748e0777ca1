package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.Mover;

/** Use case: top gainers, losers and most volatile cards of a game (or all) over 7, 30 or 90 days, from the shared cache. */
public interface GetMarketMoversUseCase {

    Mover.Ranking movers(String tcg, int periodDays, int limit);
}
