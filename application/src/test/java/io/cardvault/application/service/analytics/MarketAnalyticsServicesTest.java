package io.cardvault.application.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.analytics.SourcePriceQuery;
import io.cardvault.application.port.in.analytics.TrendSummary;
import io.cardvault.application.port.in.analytics.UnknownExchangeRateException;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.out.CardAnalyticsCachePort;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.domain.catalogue.Game;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadMarketAnalyticsPort;
import io.cardvault.application.port.out.MarketAggregatesCachePort;
import io.cardvault.application.port.out.ReadExchangeRatesPort;
import io.cardvault.application.port.out.analytics.CardMarketHistory;
import io.cardvault.application.port.out.analytics.ResolvedScope;
import io.cardvault.application.port.out.analytics.SourcePriceFilter;
import io.cardvault.application.port.out.analytics.SourcePriceCounts;
import io.cardvault.application.port.out.analytics.VariantSelection;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.analytics.DailyPrice;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.MarketTotals;
import io.cardvault.domain.analytics.Mover;
import io.cardvault.domain.analytics.PriceHistory;
import io.cardvault.domain.analytics.SourcePrice;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The analytics services on in-memory ports: recompute → cached reads, per-card caching and invalidation, FX. */
class MarketAnalyticsServicesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final AnalyticsPolicy POLICY = new AnalyticsPolicy(Duration.ofMinutes(10), 50);
    static final MarketCard RISING = new MarketCard(1, "Charizard", "Base Set", "pokemon", "Rare Holo");
    static final MarketCard FALLING = new MarketCard(2, "Dark Magician", "LOB", "yugioh", "Ultra Rare");

    private final FakeMarket market = new FakeMarket();
    private final MapCaches cache = new MapCaches();
    private final FakeRates rates = new FakeRates();

    @Test
    void a_recompute_publishes_movers_per_game_and_for_all_games() {
        market.cards.put(RISING, Map.of(PriceSource.CARDMARKET, series(EUR, 100, 30, 110)));
        market.cards.put(FALLING, Map.of(PriceSource.CARDMARKET, series(EUR, 50, 30, 40)));
        RecomputeMarketAggregatesService recompute = new RecomputeMarketAggregatesService(market, games("pokemon", "yugioh"),
                rates, cache, POLICY, CLOCK);

        assertThat(recompute.recompute().cardsRead()).isEqualTo(2);

        GetMarketMoversService movers = new GetMarketMoversService(cache, recompute);
        Mover.Ranking all = movers.movers("all", 30, 20);
        assertThat(all.gainers()).extracting(mover -> mover.card().id()).containsExactly(1L);
        assertThat(all.gainers().get(0).changePct()).isEqualTo(10.0);
        assertThat(all.losers()).extracting(Mover::changePct).containsExactly(-20.0);
        assertThat(movers.movers("pokemon", 30, 20).losers()).isEmpty();
        assertThat(new ListLegacyMoversService(cache, recompute).movers(false, 12, Optional.of("yugioh")))
                .extracting(mover -> mover.card().id()).containsExactly(2L);
        assertThatThrownBy(() -> movers.movers("nosuchgame", 7, 20)).isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void source_price_totals_come_from_the_recomputed_counts_and_a_page_past_the_total_reads_nothing() {
        RecomputeMarketAggregatesService recompute = new RecomputeMarketAggregatesService(market, games("pokemon"),
                rates, cache, POLICY, CLOCK);
        recompute.recompute();
        ListSourcePricesService sources = new ListSourcePricesService(market, rates, cache, recompute);

        assertThat(sources.list(new SourcePriceQuery(Optional.empty(), Optional.empty(), Optional.empty(), 50, 0)).total())
                .isEqualTo(9);
        assertThat(sources.list(new SourcePriceQuery(Optional.of("cardmarket"), Optional.of("nonfoil"), Optional.empty(), 50, 0))
                .total()).isEqualTo(3);
        assertThat(market.sourcePageReads).isEqualTo(2);
        // past the end, and a source without values: answered from the counts alone
        assertThat(sources.list(new SourcePriceQuery(Optional.empty(), Optional.empty(), Optional.empty(), 50, 9)).items()).isEmpty();
        assertThat(sources.list(new SourcePriceQuery(Optional.of("ebay"), Optional.empty(), Optional.empty(), 50, 0)).total()).isZero();
        assertThat(market.sourcePageReads).isEqualTo(2);
    }

    @Test
    void the_first_read_on_an_empty_cache_recomputes_once() {
        market.cards.put(RISING, Map.of(PriceSource.CARDMARKET, series(EUR, 100, 7, 120)));
        RecomputeMarketAggregatesService recompute = new RecomputeMarketAggregatesService(market, games("pokemon"),
                rates, cache, POLICY, CLOCK);

        List<?> hot = new ListHotCardsService(cache, recompute).hot(Optional.empty(), 12);

        assertThat(hot).hasSize(1);
        assertThat(market.streams).isEqualTo(1);
        new ListHotCardsService(cache, recompute).hot(Optional.empty(), 12);
        assertThat(market.streams).isEqualTo(1);
    }

    @Test
    void a_side_rail_is_computed_once_then_served_from_the_cache_until_invalidated() {
        market.cards.put(RISING, Map.of(PriceSource.CARDMARKET, series(EUR, 100, 30, 110),
                PriceSource.EBAY, series(USD, 107.05, 10, 107.05)));
        rates.latest = new EuroReferenceRates(TODAY, Map.of(USD, new BigDecimal("1.0705")));
        GetTrendSummaryService service = new GetTrendSummaryService(market, rates, cache, POLICY, CLOCK);

        TrendSummary first = service.summary(1, AnalyticsScope.raw("normal"));
        TrendSummary second = service.summary(1, AnalyticsScope.raw("normal"));

        assertThat(second).isSameAs(first);
        assertThat(market.historyReads).isEqualTo(1);
        assertThat(first.deltas().get(2).pct()).isEqualTo(10.0); // d30
        assertThat(first.salesVolume30d()).isEqualTo(11);
        assertThat(first.marketVerdict().consideredSources()).isEqualTo(2);
        assertThat(first.change30dPct()).isEqualTo(10.0);

        new InvalidateCardAnalyticsService(cache).invalidate(1);
        service.summary(1, AnalyticsScope.raw("normal"));
        assertThat(market.historyReads).isEqualTo(2);
        assertThatThrownBy(() -> service.summary(99, AnalyticsScope.raw("normal")))
                .isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void exchange_rates_are_ingested_and_crossed_through_the_euro() {
        ReadExchangeRatesPort upstream = new ReadExchangeRatesPort() {
            @Override
            public List<EuroReferenceRates> read() {
                return List.of(new EuroReferenceRates(TODAY, Map.of(USD, new BigDecimal("1.0705"),
                        Currency.getInstance("GBP"), new BigDecimal("0.84638"))));
            }

            @Override
            public String upstream() {
                return "test";
            }
        };
        GetExchangeRateService fx = new GetExchangeRateService(rates);
        assertThatThrownBy(() -> fx.rate(USD, EUR)).isInstanceOf(UnknownExchangeRateException.class);

        assertThat(new IngestExchangeRatesService(upstream, rates).ingest()).isEqualTo(2);

        assertThat(fx.rate(USD, Currency.getInstance("GBP")).rate()).isEqualByComparingTo("0.790640");
        assertThatThrownBy(() -> fx.rate(Currency.getInstance("JPY"), EUR)).isInstanceOf(UnknownExchangeRateException.class)
                .hasMessage("No reference rate for JPY");
    }

    /** A series from {@code from} to {@code to} in a straight line over the last {@code days} days (days + 1 points). */
    static PriceHistory series(Currency currency, double from, int days, double to) {
        List<DailyPrice> points = new ArrayList<>();
        for (int i = 0; i <= days; i++) {
            points.add(new DailyPrice(TODAY.minusDays(days - i), BigDecimal.valueOf(from + (to - from) * i / days)));
        }
        return new PriceHistory(currency, points);
    }

    static LoadCatalogueViewsPort games(String... slugs) {
        return new InMemoryCatalogueViews(Arrays.stream(slugs).map(slug -> new Game(slug, slug)).toArray(Game[]::new));
    }

    static final class FakeMarket implements LoadMarketAnalyticsPort {
        final Map<MarketCard, Map<PriceSource, PriceHistory>> cards = new java.util.LinkedHashMap<>();
        int streams;
        int historyReads;
        int sourcePageReads;

        @Override
        public Optional<MarketCard> card(long cardId) {
            return cards.keySet().stream().filter(card -> card.id() == cardId).findFirst();
        }

        @Override
        public Optional<ResolvedScope> resolve(long cardId, AnalyticsScope scope) {
            return card(cardId).map(card -> new ResolvedScope(cardId * 10, scope.isAuto() ? "normal" : scope.variant()));
        }

        @Override
        public Optional<ResolvedScope> select(long cardId, VariantSelection selection) {
            return resolve(cardId, AnalyticsScope.raw("auto"));
        }

        @Override
        public Map<PriceSource, PriceHistory> histories(long cardId, long variantId, Optional<Grading> grading, LocalDate since) {
            historyReads++;
            return card(cardId).map(cards::get).orElse(Map.of());
        }

        @Override
        public Map<PriceType, BigDecimal> retailQuotes(long cardId, long variantId) {
            return Map.of();
        }

        @Override
        public void forEachCardHistory(LocalDate since, Consumer<CardMarketHistory> consumer) {
            streams++;
            cards.forEach((card, bySource) -> consumer.accept(new CardMarketHistory(card, "normal", bySource)));
        }

        @Override
        public MarketTotals totals() {
            return new MarketTotals(cards.size(), 0, 1, 1, List.of("cardmarket"), null);
        }

        @Override
        public List<SourcePrice> sourcePrices(SourcePriceFilter filter, int limit, int offset) {
            sourcePageReads++;
            return List.of();
        }

        @Override
        public SourcePriceCounts sourcePriceCounts() {
            return new SourcePriceCounts(Map.of("cardmarket", Map.of("normal", 3L, "holofoil", 2L), "tcgcsv", Map.of("normal", 4L)));
        }
    }

    static final class MapCaches implements MarketAggregatesCachePort, CardAnalyticsCachePort {
        final Map<String, Serializable> views = new HashMap<>();
        final Map<String, Serializable> payloads = new HashMap<>();

        @Override
        public void replaceAll(Map<String, Serializable> fresh) {
            views.clear();
            views.putAll(fresh);
        }

        @Override
        public <T extends Serializable> Optional<T> view(String key, Class<T> type) {
            return Optional.ofNullable(views.get(key)).filter(type::isInstance).map(type::cast);
        }

        @Override
        public <T extends Serializable> Optional<T> get(long cardId, String key, Class<T> type) {
            return Optional.ofNullable(payloads.get(cardId + "|" + key)).filter(type::isInstance).map(type::cast);
        }

        @Override
        public void put(long cardId, String key, Serializable value, Duration timeToLive) {
            payloads.put(cardId + "|" + key, value);
        }

        @Override
        public void invalidate(long cardId) {
            payloads.keySet().removeIf(key -> key.startsWith(cardId + "|"));
        }

        @Override
        public void invalidateAll() {
            payloads.clear();
        }
    }

    static final class FakeRates implements ExchangeRatesStorePort {
        EuroReferenceRates latest;

        @Override
        public int store(List<EuroReferenceRates> days) {
            latest = days.get(days.size() - 1);
            return days.stream().mapToInt(day -> day.perEuro().size()).sum();
        }

        @Override
        public Optional<EuroReferenceRates> latest() {
            return Optional.ofNullable(latest);
        }
    }
}
