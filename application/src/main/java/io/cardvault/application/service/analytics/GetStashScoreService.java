package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.GetStashScoreUseCase;
import io.cardvault.application.port.in.analytics.TrendSummary;
import io.cardvault.application.port.out.CardAnalyticsCachePort;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadMarketAnalyticsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.analytics.StashScore;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The Stash Score from the raw side-rail analysis of the card's best-covered variant: 30-day change,
 * rarity, 30-day sold comps and source agreement. Cached like the side rail.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetStashScoreService implements GetStashScoreUseCase {

    private final LoadMarketAnalyticsPort market;
    private final ExchangeRatesStorePort rates;
    private final CardAnalyticsCachePort cache;
    private final AnalyticsPolicy policy;
    private final Clock clock;

    @Inject
    public GetStashScoreService(LoadMarketAnalyticsPort market, ExchangeRatesStorePort rates, CardAnalyticsCachePort cache,
                                AnalyticsPolicy policy) {
        this(market, rates, cache, policy, Clock.systemUTC());
    }

    public GetStashScoreService(LoadMarketAnalyticsPort market, ExchangeRatesStorePort rates, CardAnalyticsCachePort cache,
                                AnalyticsPolicy policy, Clock clock) {
        this.market = market;
        this.rates = rates;
        this.cache = cache;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected GetStashScoreService() {
        this(null, null, null, null, null);
    }

    @Override
    public StashScore score(long cardId) {
        return CardPayloads.cached(cache, policy, market, cardId, "stash-score", StashScore.class, card -> {
            TrendSummary rail = CardAnalysis.summarise(market, rates, cardId, AnalyticsScope.raw(AnalyticsScope.AUTO),
                    LocalDate.now(clock));
            return StashScore.of(
                    rail.change30dPct() == null ? OptionalDouble.empty() : OptionalDouble.of(rail.change30dPct()),
                    card.rarity(),
                    rail.salesVolume30d() == null ? OptionalInt.empty() : OptionalInt.of(rail.salesVolume30d()),
                    rail.marketVerdict() == null ? OptionalInt.empty() : OptionalInt.of(rail.marketVerdict().agreeingSources()),
                    rail.marketVerdict() == null ? OptionalInt.empty() : OptionalInt.of(rail.marketVerdict().consideredSources()));
        });
    }
}
