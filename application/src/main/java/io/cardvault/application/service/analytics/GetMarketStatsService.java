package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.GetMarketStatsUseCase;
import io.cardvault.application.port.in.analytics.RecomputeMarketAggregatesUseCase;
import io.cardvault.application.port.out.MarketAggregatesCachePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.MarketTotals;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Market totals as of the last recompute. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetMarketStatsService implements GetMarketStatsUseCase {

    private final MarketAggregatesCachePort cache;
    private final RecomputeMarketAggregatesUseCase recompute;

    @Inject
    public GetMarketStatsService(MarketAggregatesCachePort cache, RecomputeMarketAggregatesUseCase recompute) {
        this.cache = cache;
        this.recompute = recompute;
    }

    /** For CDI's client proxy only. */
    protected GetMarketStatsService() {
        this(null, null);
    }

    @Override
    public MarketTotals stats() {
        return MarketAggregates.view(cache, recompute, MarketViews.STATS, MarketTotals.class)
                .orElseThrow(() -> new IllegalStateException("a recompute always publishes the totals"));
    }
}
