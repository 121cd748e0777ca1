package io.cardvault.application.service.analytics;

import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.CLOCK;
import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.EUR;
import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.POLICY;
import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.TODAY;
import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.USD;
import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.games;
import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.givenTheEcbDollar;
import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.analytics.CardPrediction;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.out.InMemoryExchangeRates;
import io.cardvault.application.port.out.InMemoryMarketAnalytics;
import io.cardvault.application.port.out.InMemoryMarketCache;
import io.cardvault.domain.analytics.CrossSourceSpread;
import io.cardvault.domain.analytics.HotCard;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.MarketTotals;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard views read from the recompute's published aggregates: stats, spreads, hot cards, top predictions. */
class DashboardViewsServicesTest {

    static final MarketCard CHARIZARD = new MarketCard(4, "Charizard", "Base Set", "pokemon", "Rare Holo");
    static final MarketCard BLUE_EYES = new MarketCard(7, "Blue-Eyes White Dragon", "LOB", "yugioh", "Ultra Rare");
    static final Instant LAST_INGEST = Instant.parse("2026-05-20T03:00:00Z");

    private final InMemoryMarketAnalytics market = new InMemoryMarketAnalytics();
    private final InMemoryMarketCache cache = new InMemoryMarketCache();
    private final InMemoryExchangeRates rates = new InMemoryExchangeRates();
    private RecomputeMarketAggregatesService recompute;

    @BeforeEach
    void aRecomputedMarket() {
        market.givenHistory(CHARIZARD, 40, PriceSource.CARDMARKET, series(EUR, 100, 30, 120));
        market.givenHistory(CHARIZARD, 40, PriceSource.PRICECHARTING, series(USD, 100, 30, 150));
        market.givenHistory(BLUE_EYES, 70, PriceSource.CARDMARKET, series(EUR, 50, 30, 45));
        market.givenLatest(4, 40, PriceSource.CARDMARKET, PriceType.TREND, EUR, new BigDecimal("100"), TODAY);
        market.givenLatest(4, 40, PriceSource.TCGCSV, PriceType.MARKET, USD, new BigDecimal("160.575"), TODAY);
        market.givenCounters(39_000, 4_200_000, 900, LAST_INGEST);
        givenTheEcbDollar(rates);
        recompute = new RecomputeMarketAggregatesService(market, games("pokemon", "yugioh"), rates, cache, POLICY, CLOCK);
        recompute.recompute();
    }

    @Test
    void market_stats_are_the_stores_counters_and_priced_sources() {
        MarketTotals stats = new GetMarketStatsService(cache, recompute).stats();

        assertThat(stats.totalCards()).isEqualTo(39_000);
        assertThat(stats.totalPrices()).isEqualTo(4_200_000);
        assertThat(stats.totalSets()).isEqualTo(900);
        assertThat(stats.sources()).containsExactly("cardmarket", "tcgcsv");
        assertThat(stats.lastUpdate()).isEqualTo(LAST_INGEST);
    }

    @Test
    void spreads_compare_a_cards_sources_in_euro_and_filter_by_the_minimum_gap() {
        ListPriceSpreadsService spreads = new ListPriceSpreadsService(cache, recompute);

        List<CrossSourceSpread> all = spreads.spreads(Optional.empty(), 0, 10);

        assertThat(all).singleElement().satisfies(spread -> {
            assertThat(spread.card().id()).isEqualTo(4);
            // Cardmarket's newest 120.00 EUR against PriceCharting's 150 USD = 140.12 EUR
            assertThat(spread.cheapest().source()).isEqualTo(PriceSource.CARDMARKET);
            assertThat(spread.dearest().source()).isEqualTo(PriceSource.PRICECHARTING);
            assertThat(spread.dearest().priceEur()).isEqualTo(Money.of("140.12", "EUR"));
            assertThat(spread.spreadPct()).isEqualTo(16.8);
        });
        assertThat(spreads.spreads(Optional.empty(), 16.9, 10)).isEmpty();
        assertThat(spreads.spreads(Optional.of("yugioh"), 0, 10)).isEmpty();
        assertThatThrownBy(() -> spreads.spreads(Optional.of("nosuchgame"), 0, 10))
                .isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void hot_cards_are_the_busiest_of_the_week_per_game_risers_and_fallers_alike() {
        ListHotCardsService hot = new ListHotCardsService(cache, recompute);

        // Charizard: two sources with a new value every day (14 updates); Blue-Eyes: one source, falling (7)
        assertThat(hot.hot(Optional.empty(), 10)).extracting(card -> card.card().id()).containsExactly(4L, 7L);
        assertThat(hot.hot(Optional.empty(), 10)).extracting(HotCard::priceUpdates7d).containsExactly(14, 7);
        assertThat(hot.hot(Optional.of("yugioh"), 10)).extracting(card -> card.card().id()).containsExactly(7L);
        assertThat(hot.hot(Optional.of("yugioh"), 10)).extracting(HotCard::change7dPct).allSatisfy(pct -> assertThat(pct).isNegative());
    }

    @Test
    void top_predictions_rank_the_forecasts_and_honour_the_limit() {
        List<CardPrediction> top = new ListTopPredictionsService(cache, recompute).top(10);

        assertThat(top).extracting(prediction -> prediction.card().id()).contains(4L);
        assertThat(new ListTopPredictionsService(cache, recompute).top(1)).hasSize(1);
    }
}
