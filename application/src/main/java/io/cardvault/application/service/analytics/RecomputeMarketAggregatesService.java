package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.CardPrediction;
import io.cardvault.application.port.in.analytics.MarketAggregatesReport;
import io.cardvault.application.port.in.analytics.RecomputeMarketAggregatesUseCase;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadMarketAnalyticsPort;
import io.cardvault.application.port.out.MarketAggregatesCachePort;
import io.cardvault.application.port.out.analytics.CardMarketHistory;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.CrossSourceSpread;
import io.cardvault.domain.analytics.DailyPrice;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.analytics.HotCard;
import io.cardvault.domain.analytics.MarketListRules;
import io.cardvault.domain.analytics.Mover;
import io.cardvault.domain.analytics.PredictionConfidence;
import io.cardvault.domain.analytics.PriceHistory;
import io.cardvault.domain.analytics.PricePrediction;
import io.cardvault.domain.analytics.PrimarySeries;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.shared.Money;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;

/**
 * Reads every priced card's last 120 days of raw snapshots once, card by card, and publishes the
 * movers (per game and all, 7/30/90 days), cross-source spreads, hot cards, top predictions and
 * market totals, and the per-source counts the source-price pages total from, to the shared cache in one replacement. Nothing here is on a request path.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class RecomputeMarketAggregatesService implements RecomputeMarketAggregatesUseCase {

    static final int[] PERIODS = {7, 30, 90};
    /** 90-day changes need the price in force 90 days before a card's newest point, a little older than today − 90. */
    static final int WINDOW_DAYS = 120;
    static final int PREDICTION_WINDOW_DAYS = 90;
    static final int PREDICTION_DAYS_AHEAD = 30;
    static final int SPREAD_FRESH_DAYS = 7;
    static final int SPREADS_KEPT = 500;
    /** Hot cards count activity over the last 7 days, today included. */
    static final int HOT_WINDOW_DAYS = 7;

    private final LoadMarketAnalyticsPort market;
    private final LoadCatalogueViewsPort catalogue;
    private final ExchangeRatesStorePort rates;
    private final MarketAggregatesCachePort cache;
    private final AnalyticsPolicy policy;
    private final Clock clock;

    @Inject
    public RecomputeMarketAggregatesService(LoadMarketAnalyticsPort market, LoadCatalogueViewsPort catalogue,
                                            ExchangeRatesStorePort rates, MarketAggregatesCachePort cache, AnalyticsPolicy policy) {
        this(market, catalogue, rates, cache, policy, Clock.systemUTC());
    }

    public RecomputeMarketAggregatesService(LoadMarketAnalyticsPort market, LoadCatalogueViewsPort catalogue,
                                            ExchangeRatesStorePort rates, MarketAggregatesCachePort cache,
                                            AnalyticsPolicy policy, Clock clock) {
        this.market = market;
        this.catalogue = catalogue;
        this.rates = rates;
        this.cache = cache;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected RecomputeMarketAggregatesService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public synchronized MarketAggregatesReport recompute() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        EuroReferenceRates fx = rates.latest().orElse(new EuroReferenceRates(today, Map.of()));
        Map<String, List<Mover>> movers = new HashMap<>();
        Map<String, List<CrossSourceSpread>> spreads = new HashMap<>();
        Map<String, List<HotCard>> hot = new HashMap<>();
        List<CardPrediction> predictions = new ArrayList<>();
        int[] cards = {0};
        market.forEachCardHistory(today.minusDays(WINDOW_DAYS), history -> {
            cards[0]++;
            List<String> keys = List.of(MarketViews.ALL, MarketViews.normal(history.card().tcgSlug()));
            Optional<Entry<PriceSource, PriceHistory>> primary = PrimarySeries.of(history.bySource());
            primary.ifPresent(series -> {
                for (int days : PERIODS) {
                    Mover.of(history.card(), series.getValue(), days).ifPresent(mover ->
                            keys.forEach(key -> movers.computeIfAbsent(key + "|" + days, k -> new ArrayList<>()).add(mover)));
                }
                LocalDate weekStart = today.minusDays(HOT_WINDOW_DAYS - 1);
                int sales7d = Optional.ofNullable(history.bySource().get(PriceSource.EBAY))
                        .map(ebay -> ebay.since(weekStart).size()).orElse(0);
                // an eBay point is a sale already: its series is counted as sales, not again as updates
                List<PriceHistory> quoted = history.bySource().entrySet().stream().filter(source -> source.getKey() != PriceSource.EBAY)
                        .map(Entry::getValue).toList();
                HotCard.of(history.card(), series.getValue(), quoted, sales7d, weekStart).ifPresent(card ->
                        keys.forEach(key -> hot.computeIfAbsent(key, k -> new ArrayList<>()).add(card)));
                prediction(history).ifPresent(predictions::add);
            });
            spread(history, fx).ifPresent(spread ->
                    keys.forEach(key -> spreads.computeIfAbsent(key, k -> new ArrayList<>()).add(spread)));
        });
        Map<String, Serializable> views = new HashMap<>();
        LinkedHashSet<String> games = new LinkedHashSet<>(catalogue.games().stream().map(GameOverview::slug).toList());
        games.add(MarketViews.ALL);
        for (String game : games) {
            for (int days : PERIODS) {
                views.put(MarketViews.movers(game, days), Mover.Ranking.of(movers.getOrDefault(game + "|" + days, List.of()),
                        policy.listSize()));
            }
            views.put(MarketViews.hot(game), new MarketViews.HotCards(HotCard.rank(hot.getOrDefault(game, List.of()),
                    policy.listSize())));
            views.put(MarketViews.spreads(game), new MarketViews.Spreads(spreads.getOrDefault(game, List.of()).stream()
                    .sorted(Comparator.comparingDouble(CrossSourceSpread::spreadPct).reversed()
                            .thenComparingLong(spread -> spread.card().id()))
                    .limit(SPREADS_KEPT).toList()));
        }
        views.put(MarketViews.TOP_PREDICTIONS, new MarketViews.Predictions(predictions.stream()
                .sorted(Comparator.comparingDouble((CardPrediction p) -> p.prediction().predictedChangePct()).reversed()
                        .thenComparingLong(p -> p.card().id()))
                .limit(policy.listSize()).toList()));
        views.put(MarketViews.STATS, market.totals());
        views.put(MarketViews.SOURCE_PRICE_COUNTS, market.sourcePriceCounts());
        Instant computed = clock.instant();
        views.put(MarketViews.COMPUTED, computed);
        cache.replaceAll(views);
        return new MarketAggregatesReport(cards[0], views.size(), computed, (System.nanoTime() - started) / 1_000_000);
    }

    /** A 30-day forecast on the card's regression series (PriceCharting, else primary), kept from medium confidence up. */
    private static Optional<CardPrediction> prediction(CardMarketHistory history) {
        return PrimarySeries.forRegression(history.bySource()).flatMap(source ->
                PricePrediction.of(source.getValue().lastDays(PREDICTION_WINDOW_DAYS), PREDICTION_DAYS_AHEAD)
                        .filter(prediction -> prediction.confidence() != PredictionConfidence.LOW
                                && MarketListRules.listable(prediction.currentPrice())
                                && MarketListRules.moved(prediction.predictedChangePct()))
                        .map(prediction -> new CardPrediction(history.card(), history.variant(), source.getKey().code(), prediction)));
    }

    /** Each source's newest value within a week of the card's newest value (3 values in that week), compared in EUR; listable spreads only. */
    private static Optional<CrossSourceSpread> spread(CardMarketHistory history, EuroReferenceRates fx) {
        Optional<LocalDate> newest = history.bySource().values().stream().flatMap(series -> series.latest().stream())
                .map(DailyPrice::day).max(Comparator.naturalOrder());
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        LocalDate fresh = newest.get().minusDays(SPREAD_FRESH_DAYS);
        List<CrossSourceSpread.Quote> quotes = new ArrayList<>();
        history.bySource().forEach((source, series) -> CrossSourceSpread.Quote.fresh(source, series, fresh).ifPresent(quotes::add));
        return CrossSourceSpread.of(history.card(), history.variant(), quotes, fx).filter(CrossSourceSpread::listable);
    }
}
