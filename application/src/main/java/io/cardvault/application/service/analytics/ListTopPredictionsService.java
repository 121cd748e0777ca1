package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.CardPrediction;
import io.cardvault.application.port.in.analytics.ListTopPredictionsUseCase;
import io.cardvault.application.port.in.analytics.RecomputeMarketAggregatesUseCase;
import io.cardvault.application.port.out.MarketAggregatesCachePort;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The cached 30-day forecasts with medium or high confidence, largest predicted rise first. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListTopPredictionsService implements ListTopPredictionsUseCase {

    private final MarketAggregatesCachePort cache;
    private final RecomputeMarketAggregatesUseCase recompute;

    @Inject
    public ListTopPredictionsService(MarketAggregatesCachePort cache, RecomputeMarketAggregatesUseCase recompute) {
        this.cache = cache;
        this.recompute = recompute;
    }

    /** For CDI's client proxy only. */
    protected ListTopPredictionsService() {
        this(null, null);
    }

    @Override
    public List<CardPrediction> top(int limit) {
        return MarketAggregates.view(cache, recompute, MarketViews.TOP_PREDICTIONS, MarketViews.Predictions.class)
                .map(MarketViews.Predictions::items).orElse(List.of()).stream().limit(limit).toList();
    }
}
