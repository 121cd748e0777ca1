package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.TrendSummary;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadMarketAnalyticsPort;
import io.cardvault.application.port.out.analytics.ResolvedScope;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.analytics.BuySellSpread;
import io.cardvault.domain.analytics.DailyPrice;
import io.cardvault.domain.analytics.DeltaAnomaly;
import io.cardvault.domain.analytics.MarketVerdict;
import io.cardvault.domain.analytics.Medians;
import io.cardvault.domain.analytics.PeriodChange;
import io.cardvault.domain.analytics.PriceHistory;
import io.cardvault.domain.analytics.PrimarySeries;
import io.cardvault.domain.analytics.SourceMedian;
import io.cardvault.domain.analytics.Velocity;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The side-rail analysis of one card scope, shared by the trend summary and the Stash Score:
 * deltas and all-time high on the primary series, sold comps (eBay) of the last 30 days, the
 * market verdict over each source's last-30-day median, dealer quotes.
 */
final class CardAnalysis {

    static final int[] DELTA_DAYS = {1, 7, 30, 90, 365};
    static final int RECENT_DAYS = 30;
    static final int VOLATILITY_DAYS = 90;

    private CardAnalysis() {
    }

    static TrendSummary summarise(LoadMarketAnalyticsPort market, ExchangeRatesStorePort rates, CardId cardId,
                                  AnalyticsScope scope, LocalDate today) {
        Optional<Grading> grading = scope.grading();
        String company = grading.map(slab -> slab.company().code().toUpperCase(java.util.Locale.ROOT)).orElse(null);
        String grade = grading.map(Grading::grade).orElse(null);
        Optional<ResolvedScope> resolved = market.resolve(cardId, scope);
        if (resolved.isEmpty()) {
            return new TrendSummary(cardId, scope.variant(), company, grade, null, emptyDeltas(), null, null, 0,
                    null, null, null, null);
        }
        Map<PriceSource, PriceHistory> histories = market.histories(cardId, resolved.get().variantId(), grading, LocalDate.EPOCH);
        Optional<Map.Entry<PriceSource, PriceHistory>> primary = PrimarySeries.of(histories);
        TrendSummary.Current current = null;
        List<TrendSummary.Delta> deltas = emptyDeltas();
        DailyPrice high = null;
        Double change30 = null;
        int points = 0;
        if (primary.isPresent()) {
            PriceHistory series = primary.get().getValue();
            DailyPrice latest = series.latest().orElseThrow();
            current = new TrendSummary.Current(new Money(series.currency(), latest.price().setScale(2, java.math.RoundingMode.HALF_UP)),
                    latest.day(), primary.get().getKey().code());
            OptionalDouble volatility = series.lastDays(VOLATILITY_DAYS).dailyReturnVolatility();
            deltas = new ArrayList<>();
            for (int days : DELTA_DAYS) {
                Optional<PeriodChange> change = PeriodChange.over(series, days);
                deltas.add(change.map(found -> new TrendSummary.Delta(days, found.abs(), found.pct(),
                                DeltaAnomaly.isAnomaly(found.pct(), days, volatility)))
                        .orElse(new TrendSummary.Delta(days, null, null, false)));
            }
            change30 = PeriodChange.over(series, RECENT_DAYS).map(PeriodChange::pct).orElse(null);
            high = series.allTimeHigh().map(top -> new DailyPrice(top.day(), top.price().setScale(2, java.math.RoundingMode.HALF_UP)))
                    .orElse(null);
            points = series.size();
        }
        LocalDate recentFrom = today.minusDays(RECENT_DAYS - 1L);
        Integer sales = Optional.ofNullable(histories.get(PriceSource.EBAY)).map(ebay -> ebay.since(recentFrom).size()).orElse(null);
        List<SourceMedian> quotes = recentQuotes(histories, recentFrom);
        MarketVerdict verdict = MarketVerdict.of(quotes, rates.latest()).orElse(null);
        BuySellSpread spread = grading.isPresent() ? null
                : BuySellSpread.of(Currency.getInstance("USD"), market.retailQuotes(cardId, resolved.get().variantId())).orElse(null);
        return new TrendSummary(cardId, resolved.get().variantSlug(), company, grade, current, deltas, high, sales, points,
                verdict, spread, sales == null ? null : Velocity.of(sales), change30);
    }

    /** Each source's median of the days since {@code from}, for the sources with any. */
    static List<SourceMedian> recentQuotes(Map<PriceSource, PriceHistory> histories, LocalDate from) {
        List<SourceMedian> quotes = new ArrayList<>();
        histories.forEach((source, history) -> {
            PriceHistory recent = history.since(from);
            List<java.math.BigDecimal> positive = recent.prices().stream().filter(price -> price.signum() > 0).toList();
            if (!positive.isEmpty()) {
                quotes.add(new SourceMedian(source, new Money(history.currency(), Medians.of(positive)), positive.size()));
            }
        });
        return quotes;
    }

    private static List<TrendSummary.Delta> emptyDeltas() {
        List<TrendSummary.Delta> deltas = new ArrayList<>();
        for (int days : DELTA_DAYS) {
            deltas.add(new TrendSummary.Delta(days, null, null, false));
        }
        return deltas;
    }
}
