package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.GetTrendSummaryUseCase;
import io.cardvault.application.port.in.analytics.TrendSummary;
import io.cardvault.application.port.out.CardAnalyticsCachePort;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadMarketAnalyticsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.catalogue.CardId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** The side rail of a card scope, served from the shared per-card cache for the policy's time to live (10 min). */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetTrendSummaryService implements GetTrendSummaryUseCase {

    private final LoadMarketAnalyticsPort market;
    private final ExchangeRatesStorePort rates;
    private final CardAnalyticsCachePort cache;
    private final AnalyticsPolicy policy;
    private final Clock clock;

    @Inject
    public GetTrendSummaryService(LoadMarketAnalyticsPort market, ExchangeRatesStorePort rates, CardAnalyticsCachePort cache,
                                  AnalyticsPolicy policy) {
        this(market, rates, cache, policy, Clock.systemUTC());
    }

    public GetTrendSummaryService(LoadMarketAnalyticsPort market, ExchangeRatesStorePort rates, CardAnalyticsCachePort cache,
                                  AnalyticsPolicy policy, Clock clock) {
        this.market = market;
        this.rates = rates;
        this.cache = cache;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected GetTrendSummaryService() {
        this(null, null, null, null, null);
    }

    @Override
    public TrendSummary summary(CardId cardId, AnalyticsScope scope) {
        String key = "trend|" + scope.key();
        return CardPayloads.cached(cache, policy, market, cardId, key, TrendSummary.class,
                card -> CardAnalysis.summarise(market, rates, cardId, scope, LocalDate.now(clock)));
    }
}
