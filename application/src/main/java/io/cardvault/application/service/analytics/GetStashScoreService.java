package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.GetStashScoreUseCase;
import io.cardvault.application.port.in.analytics.GetTrendSummaryUseCase;
import io.cardvault.application.port.in.analytics.TrendSummary;
import io.cardvault.application.port.out.CardAnalyticsCachePort;
import io.cardvault.application.port.out.LoadMarketAnalyticsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.analytics.StashScore;
import io.cardvault.domain.catalogue.CardId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The Stash Score from the raw side rail of the card's best-covered variant: 30-day change,
 * rarity, 30-day sold comps and source agreement. The side rail comes from the trend-summary use
 * case, so a card page that shows both computes it once (its per-card cache serves the second).
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetStashScoreService implements GetStashScoreUseCase {

    private final LoadMarketAnalyticsPort market;
    private final GetTrendSummaryUseCase trendSummaries;
    private final CardAnalyticsCachePort cache;
    private final AnalyticsPolicy policy;

    @Inject
    public GetStashScoreService(LoadMarketAnalyticsPort market, GetTrendSummaryUseCase trendSummaries,
                                CardAnalyticsCachePort cache, AnalyticsPolicy policy) {
        this.market = market;
        this.trendSummaries = trendSummaries;
        this.cache = cache;
        this.policy = policy;
    }

    /** For CDI's client proxy only. */
    protected GetStashScoreService() {
        this(null, null, null, null);
    }

    @Override
    public StashScore score(CardId cardId) {
        return CardPayloads.cached(cache, policy, market, cardId, "stash-score", StashScore.class, card -> {
            TrendSummary rail = trendSummaries.summary(cardId, AnalyticsScope.raw(AnalyticsScope.AUTO));
            return StashScore.of(
                    rail.change30dPct() == null ? OptionalDouble.empty() : OptionalDouble.of(rail.change30dPct()),
                    card.rarity(),
                    rail.salesVolume30d() == null ? OptionalInt.empty() : OptionalInt.of(rail.salesVolume30d()),
                    rail.marketVerdict() == null ? OptionalInt.empty() : OptionalInt.of(rail.marketVerdict().agreeingSources()),
                    rail.marketVerdict() == null ? OptionalInt.empty() : OptionalInt.of(rail.marketVerdict().consideredSources()));
        });
    }
}
