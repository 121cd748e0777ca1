package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.CardPrediction;
import io.cardvault.application.port.in.analytics.PredictCardPriceUseCase;
import io.cardvault.application.port.out.CardAnalyticsCachePort;
import io.cardvault.application.port.out.LoadMarketAnalyticsPort;
import io.cardvault.application.port.out.analytics.ResolvedScope;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.analytics.PriceHistory;
import io.cardvault.domain.analytics.PricePrediction;
import io.cardvault.domain.analytics.PrimarySeries;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.PriceSource;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A regression over the last 90 days of the scope's variant's PriceCharting history (the
 * contract's source), or of its primary series when PriceCharting has none. Cached per scope and
 * horizon.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class PredictCardPriceService implements PredictCardPriceUseCase {

    static final int WINDOW_DAYS = 90;

    private final LoadMarketAnalyticsPort market;
    private final CardAnalyticsCachePort cache;
    private final AnalyticsPolicy policy;
    private final Clock clock;

    @Inject
    public PredictCardPriceService(LoadMarketAnalyticsPort market, CardAnalyticsCachePort cache, AnalyticsPolicy policy) {
        this(market, cache, policy, Clock.systemUTC());
    }

    public PredictCardPriceService(LoadMarketAnalyticsPort market, CardAnalyticsCachePort cache, AnalyticsPolicy policy,
                                   Clock clock) {
        this.market = market;
        this.cache = cache;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected PredictCardPriceService() {
        this(null, null, null, null);
    }

    @Override
    public CardPrediction predict(CardId cardId, AnalyticsScope scope, int daysAhead) {
        String key = "predict|" + scope.key() + "|" + daysAhead;
        return CardPayloads.cached(cache, policy, market, cardId, key, CardPrediction.class, card -> {
            Optional<ResolvedScope> resolved = market.resolve(cardId, scope);
            Map<PriceSource, PriceHistory> histories = resolved.map(found -> market.histories(cardId, found.variantId(),
                    scope.grading(), LocalDate.now(clock).minusDays(WINDOW_DAYS * 2L))).orElse(Map.of());
            Optional<Map.Entry<PriceSource, PriceHistory>> series = PrimarySeries.forRegression(histories);
            return new CardPrediction(card, resolved.map(ResolvedScope::variantSlug).orElse(null),
                    series.map(found -> found.getKey().code()).orElse(null),
                    series.flatMap(found -> PricePrediction.of(found.getValue().lastDays(WINDOW_DAYS), daysAhead)).orElse(null));
        });
    }
}
