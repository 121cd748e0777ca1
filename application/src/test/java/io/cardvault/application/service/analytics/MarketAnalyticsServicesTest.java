package io.cardvault.application.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.analytics.SourcePriceQuery;
import io.cardvault.application.port.in.analytics.TrendSummary;
import io.cardvault.application.port.in.analytics.UnknownExchangeRateException;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.out.FixedExchangeRatesUpstream;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.InMemoryExchangeRates;
import io.cardvault.application.port.out.InMemoryMarketAnalytics;
import io.cardvault.application.port.out.InMemoryMarketCache;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.ReadExchangeRatesPort;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.analytics.DailyPrice;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.Mover;
import io.cardvault.domain.analytics.PriceHistory;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.Game;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final InMemoryMarketAnalytics market = new InMemoryMarketAnalytics();
    private final InMemoryMarketCache cache = new InMemoryMarketCache();
    private final InMemoryExchangeRates rates = new InMemoryExchangeRates();
    private int headlineCards;

    @Test
    void a_recompute_publishes_movers_per_game_and_for_all_games() {
        market.givenHistory(RISING, 10, PriceSource.CARDMARKET, series(EUR, 100, 30, 110));
        market.givenHistory(FALLING, 20, PriceSource.CARDMARKET, series(EUR, 50, 30, 40));
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
        headlines(PriceSource.CARDMARKET, PriceType.TREND, "normal", 3);
        headlines(PriceSource.CARDMARKET, PriceType.TREND, "holofoil", 2);
        headlines(PriceSource.TCGCSV, PriceType.MARKET, "normal", 4);
        RecomputeMarketAggregatesService recompute = new RecomputeMarketAggregatesService(market, games("pokemon"),
                rates, cache, POLICY, CLOCK);
        recompute.recompute();
        ListSourcePricesService sources = new ListSourcePricesService(market, rates, cache, recompute);

        assertThat(sources.list(new SourcePriceQuery(Optional.empty(), Optional.empty(), Optional.empty(), 50, 0)).total())
                .isEqualTo(9);
        assertThat(sources.list(new SourcePriceQuery(Optional.of("cardmarket"), Optional.of("nonfoil"), Optional.empty(), 50, 0))
                .total()).isEqualTo(3);
        assertThat(market.sourcePageReads()).isEqualTo(2);
        // past the end, and a source without values: answered from the counts alone
        assertThat(sources.list(new SourcePriceQuery(Optional.empty(), Optional.empty(), Optional.empty(), 50, 9)).items()).isEmpty();
        assertThat(sources.list(new SourcePriceQuery(Optional.of("ebay"), Optional.empty(), Optional.empty(), 50, 0)).total()).isZero();
        assertThat(market.sourcePageReads()).isEqualTo(2);
    }

    @Test
    void the_first_read_on_an_empty_cache_recomputes_once() {
        market.givenHistory(RISING, 10, PriceSource.CARDMARKET, series(EUR, 100, 7, 120));
        RecomputeMarketAggregatesService recompute = new RecomputeMarketAggregatesService(market, games("pokemon"),
                rates, cache, POLICY, CLOCK);

        List<?> hot = new ListHotCardsService(cache, recompute).hot(Optional.empty(), 12);

        assertThat(hot).hasSize(1);
        assertThat(market.streams()).isEqualTo(1);
        new ListHotCardsService(cache, recompute).hot(Optional.empty(), 12);
        assertThat(market.streams()).isEqualTo(1);
    }

    @Test
    void a_side_rail_is_computed_once_then_served_from_the_cache_until_invalidated() {
        market.givenHistory(RISING, 10, PriceSource.CARDMARKET, series(EUR, 100, 30, 110));
        market.givenHistory(RISING, 10, PriceSource.EBAY, series(USD, 107.05, 10, 107.05));
        givenTheEcbDollar(rates);
        GetTrendSummaryService service = new GetTrendSummaryService(market, rates, cache, POLICY, CLOCK);

        TrendSummary first = service.summary(new CardId(1), AnalyticsScope.raw("normal"));
        TrendSummary second = service.summary(new CardId(1), AnalyticsScope.raw("normal"));

        assertThat(second).isSameAs(first);
        assertThat(market.historyReads()).isEqualTo(1);
        assertThat(first.deltas().get(2).pct()).isEqualTo(10.0); // d30
        assertThat(first.salesVolume30d()).isEqualTo(11);
        assertThat(first.marketVerdict().consideredSources()).isEqualTo(2);
        assertThat(first.change30dPct()).isEqualTo(10.0);

        new InvalidateCardAnalyticsService(cache).invalidate(new CardId(1));
        service.summary(new CardId(1), AnalyticsScope.raw("normal"));
        assertThat(market.historyReads()).isEqualTo(2);
        assertThatThrownBy(() -> service.summary(new CardId(99), AnalyticsScope.raw("normal")))
                .isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void exchange_rates_are_ingested_and_crossed_through_the_euro() {
        ReadExchangeRatesPort upstream = new FixedExchangeRatesUpstream(List.of(new EuroReferenceRates(TODAY,
                Map.of(USD, new BigDecimal("1.0705"), Currency.getInstance("GBP"), new BigDecimal("0.84638")))));
        GetExchangeRateService fx = new GetExchangeRateService(rates);
        assertThatThrownBy(() -> fx.rate(USD, EUR)).isInstanceOf(UnknownExchangeRateException.class);

        assertThat(new IngestExchangeRatesService(upstream, rates).ingest()).isEqualTo(2);

        assertThat(fx.rate(USD, Currency.getInstance("GBP")).rate()).isEqualByComparingTo("0.790640");
        assertThatThrownBy(() -> fx.rate(Currency.getInstance("JPY"), EUR)).isInstanceOf(UnknownExchangeRateException.class)
                .hasMessage("No reference rate for JPY");
    }

    /** The ECB's 1.0705 dollars to the euro as the newest stored rates. */
    static void givenTheEcbDollar(InMemoryExchangeRates rates) {
        rates.store(List.of(new EuroReferenceRates(TODAY, Map.of(USD, new BigDecimal("1.0705")))));
    }

    /** A series from {@code from} to {@code to} in a straight line over the last {@code days} days (days + 1 points). */
    static PriceHistory series(Currency currency, double from, int days, double to) {
        List<DailyPrice> points = new ArrayList<>();
        for (int i = 0; i <= days; i++) {
            points.add(new DailyPrice(TODAY.minusDays(days - i), BigDecimal.valueOf(from + (to - from) * i / days)));
        }
        return new PriceHistory(currency, points);
    }

    /** {@code count} cards of their own, each with one variant of that finish whose headline value is known. */
    private void headlines(PriceSource source, PriceType type, String finish, int count) {
        for (int i = 0; i < count; i++) {
            long card = 500 + headlineCards++;
            market.givenCard(new MarketCard(card, "Card " + card, "Base Set", "pokemon", "Common"));
            market.givenVariant(card, card * 10, "en", "unlimited", finish);
            market.givenLatest(card, card * 10, source, type, source == PriceSource.CARDMARKET ? EUR : USD, BigDecimal.ONE, TODAY);
        }
    }

    static LoadCatalogueViewsPort games(String... slugs) {
        return new InMemoryCatalogueViews(Arrays.stream(slugs).map(slug -> new Game(slug, slug)).toArray(Game[]::new));
    }
}
