package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.GetMarketMoversUseCase;
import io.cardvault.application.port.in.analytics.RecomputeMarketAggregatesUseCase;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.out.MarketAggregatesCachePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.Mover;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Movers from the shared cache; a game the catalogue does not know is 404 (its views are absent). */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetMarketMoversService implements GetMarketMoversUseCase {

    private final MarketAggregatesCachePort cache;
    private final RecomputeMarketAggregatesUseCase recompute;

    @Inject
    public GetMarketMoversService(MarketAggregatesCachePort cache, RecomputeMarketAggregatesUseCase recompute) {
        this.cache = cache;
        this.recompute = recompute;
    }

    /** For CDI's client proxy only. */
    protected GetMarketMoversService() {
        this(null, null);
    }

    @Override
    public Mover.Ranking movers(String tcg, int periodDays, int limit) {
        return MarketAggregates.view(cache, recompute, MarketViews.movers(tcg, periodDays), Mover.Ranking.class)
                .map(ranking -> ranking.limit(limit))
                .orElseThrow(() -> new CatalogueEntryNotFoundException(CatalogueEntryNotFoundException.Entry.GAME, tcg));
    }
}
