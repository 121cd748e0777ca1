package io.cardvault.application.service.analytics;

import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.CLOCK;
import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.EUR;
import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.POLICY;
import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.USD;
import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.givenTheEcbDollar;
import static io.cardvault.application.service.analytics.MarketAnalyticsServicesTest.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.analytics.CardPrediction;
import io.cardvault.application.port.in.analytics.CardPriceIntelligence;
import io.cardvault.application.port.in.analytics.PriceIntelligenceQuery;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.out.InMemoryExchangeRates;
import io.cardvault.application.port.out.InMemoryMarketAnalytics;
import io.cardvault.application.port.out.InMemoryMarketCache;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.StashScore;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.Trend;
import io.cardvault.domain.shared.Money;
import org.junit.jupiter.api.Test;

/** The per-card analytics services (forecast, Stash Score, price intelligence) on the shared in-memory ports. */
class PerCardAnalyticsServicesTest {

    static final MarketCard CHARIZARD = new MarketCard(4, "Charizard", "Base Set", "pokemon", "Rare Holo");
    static final CardId CARD = new CardId(4);
    static final AnalyticsScope AUTO = AnalyticsScope.raw(AnalyticsScope.AUTO);

    private final InMemoryMarketAnalytics market = new InMemoryMarketAnalytics();
    private final InMemoryMarketCache cache = new InMemoryMarketCache();
    private final InMemoryExchangeRates rates = new InMemoryExchangeRates();

    @Test
    void a_forecast_regresses_on_pricecharting_when_it_has_points_and_is_cached_per_horizon() {
        market.givenHistory(CHARIZARD, 40, PriceSource.CARDMARKET, series(EUR, 100, 30, 70));
        market.givenHistory(CHARIZARD, 40, PriceSource.PRICECHARTING, series(USD, 100, 30, 130));
        PredictCardPriceService service = new PredictCardPriceService(market, cache, POLICY, CLOCK);

        CardPrediction forecast = service.predict(CARD, AUTO, 30);

        assertThat(forecast.source()).isEqualTo("pricecharting");
        assertThat(forecast.prediction().trend()).isEqualTo(Trend.RISING);
        assertThat(forecast.prediction().predictedPrice()).isEqualTo(Money.of("160.00", "USD"));
        assertThat(service.predict(CARD, AUTO, 30)).isSameAs(forecast);
        assertThat(market.historyReads()).isEqualTo(1);
        service.predict(CARD, AUTO, 60);
        assertThat(market.historyReads()).isEqualTo(2);
    }

    @Test
    void a_forecast_pinned_to_a_variant_regresses_on_that_variants_prices_and_says_which_variant_it_is() {
        market.givenHistory(CHARIZARD, 40, PriceSource.PRICECHARTING, series(USD, 100, 30, 130));
        market.givenHistory(CHARIZARD, 41, PriceSource.PRICECHARTING, series(USD, 100, 20, 80));
        PredictCardPriceService service = new PredictCardPriceService(market, cache, POLICY, CLOCK);

        CardPrediction pinned = service.predict(CARD, AnalyticsScope.raw("normal").pinnedTo(new VariantId(41)), 30);
        CardPrediction best = service.predict(CARD, AUTO, 30);

        assertThat(pinned.prediction().trend()).isEqualTo(Trend.FALLING);
        assertThat(best.prediction().trend()).isEqualTo(Trend.RISING);
        assertThat(pinned.variant()).isEqualTo("normal");
        assertThat(service.predict(CARD, AnalyticsScope.raw("normal").pinnedTo(new VariantId(40)), 30).prediction().trend())
                .isEqualTo(Trend.RISING);
    }

    @Test
    void a_card_without_prices_gets_a_forecast_without_a_prediction_and_an_unknown_card_is_not_found() {
        market.givenCard(CHARIZARD);
        PredictCardPriceService service = new PredictCardPriceService(market, cache, POLICY, CLOCK);

        CardPrediction forecast = service.predict(CARD, AUTO, 30);

        assertThat(forecast.source()).isNull();
        assertThat(forecast.prediction()).isNull();
        assertThatThrownBy(() -> service.predict(new CardId(5), AUTO, 30)).isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void a_stash_score_combines_momentum_rarity_liquidity_and_agreement_from_the_side_rail() {
        market.givenHistory(CHARIZARD, 40, PriceSource.CARDMARKET, series(EUR, 100, 30, 110));
        market.givenHistory(CHARIZARD, 40, PriceSource.EBAY, series(USD, 107.05, 29, 107.05));
        givenTheEcbDollar(rates);
        GetTrendSummaryService rails = new GetTrendSummaryService(market, rates, cache, POLICY, CLOCK);
        GetStashScoreService service = new GetStashScoreService(market, rails, cache, POLICY);

        StashScore score = service.score(CARD);

        // momentum round(12.5 + 10 / 2) = 18, rarity "Rare Holo" 15, liquidity 30 sold → 25, both sources agree → 25
        assertThat(score.priceMomentum()).isEqualTo(18);
        assertThat(score.rarity()).isEqualTo(15);
        assertThat(score.liquidity()).isEqualTo(25);
        assertThat(score.sourceAgreement()).isEqualTo(25);
        assertThat(score.score()).isEqualTo(83);
        assertThat(score.label()).isEqualTo("Core holding");
        int writes = cache.payloadWrites();
        assertThat(service.score(CARD)).isEqualTo(score);
        assertThat(cache.payloadWrites()).isEqualTo(writes);
    }

    @Test
    void price_intelligence_weighs_each_sources_30_day_median_in_euro() {
        market.givenHistory(CHARIZARD, 40, PriceSource.CARDMARKET, series(EUR, 100, 29, 100));
        market.givenHistory(CHARIZARD, 40, PriceSource.TCGCSV, series(USD, 107.05, 29, 107.05));
        givenTheEcbDollar(rates);
        GetCardPriceIntelligenceService service = new GetCardPriceIntelligenceService(market, rates, cache, POLICY, CLOCK);

        CardPriceIntelligence answer = service.intelligence(new PriceIntelligenceQuery(CARD, "nonfoil", "NM", "en", "unlimited"));

        assertThat(answer.sources()).extracting(CardPriceIntelligence.SourceBreakdown::source)
                .containsExactly("cardmarket", "tcgcsv");
        assertThat(answer.sources()).allSatisfy(source -> assertThat(source.medianEur()).isEqualByComparingTo("100.00"));
        assertThat(answer.summary().price()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(answer.summary().confidence()).isEqualTo(1.0);
        assertThat(answer.notes()).isEmpty();
    }

    @Test
    void price_intelligence_leaves_out_a_source_without_a_rate_and_says_why() {
        market.givenHistory(CHARIZARD, 40, PriceSource.CARDMARKET, series(EUR, 100, 29, 100));
        market.givenHistory(CHARIZARD, 40, PriceSource.TCGCSV, series(USD, 107.05, 29, 107.05));
        GetCardPriceIntelligenceService service = new GetCardPriceIntelligenceService(market, rates, cache, POLICY, CLOCK);

        CardPriceIntelligence answer = service.intelligence(new PriceIntelligenceQuery(CARD, "nonfoil", "NM", "en", "unlimited"));

        assertThat(answer.sources()).extracting(CardPriceIntelligence.SourceBreakdown::source).containsExactly("cardmarket");
        assertThat(answer.notes()).containsExactly("tcgcsv left out: no reference rate for USD");
    }

    @Test
    void price_intelligence_answers_other_conditions_and_missing_variants_with_a_note_only() {
        market.givenHistory(CHARIZARD, 40, PriceSource.CARDMARKET, series(EUR, 100, 29, 100));
        GetCardPriceIntelligenceService service = new GetCardPriceIntelligenceService(market, rates, cache, POLICY, CLOCK);

        CardPriceIntelligence played = service.intelligence(new PriceIntelligenceQuery(CARD, "nonfoil", "LP", "en", "unlimited"));
        CardPriceIntelligence japanese = service.intelligence(new PriceIntelligenceQuery(CARD, "nonfoil", "NM", "jp", "unlimited"));

        assertThat(played.summary()).isNull();
        assertThat(played.notes()).containsExactly("No source publishes LP prices; every source's value is near mint.");
        assertThat(japanese.summary()).isNull();
        assertThat(japanese.notes()).containsExactly("The card has no jp unlimited nonfoil variant.");
    }
}
