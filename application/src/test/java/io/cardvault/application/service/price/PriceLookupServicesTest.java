package io.cardvault.application.service.price;

import static io.cardvault.application.service.price.PriceReadServicesTest.CHARIZARD;
import static io.cardvault.application.service.price.PriceReadServicesTest.EUR;
import static io.cardvault.application.service.price.PriceReadServicesTest.HOLO;
import static io.cardvault.application.service.price.PriceReadServicesTest.NORMAL;
import static io.cardvault.application.service.price.PriceReadServicesTest.TODAY;
import static io.cardvault.application.service.price.PriceReadServicesTest.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.price.GetSealedPriceHistoryUseCase.SealedHistory;
import io.cardvault.application.port.in.price.PricedCard;
import io.cardvault.application.port.in.price.SalesBucket;
import io.cardvault.application.port.in.price.SalesQuery;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.InMemoryPricedVariants;
import io.cardvault.application.port.out.InMemoryPrices;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.catalogue.GetCardService;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSnapshot;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.PricedVariant;
import io.cardvault.domain.price.SealedPriceSnapshot;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The price services that look one thing up (a priced card, sales medians, a sealed product's
 * history, what can be priced, the point counter) on the shared in-memory fakes.
 */
class PriceLookupServicesTest {

    private static final Grading PSA10 = Grading.of(GradingCompany.PSA, "10");

    private final InMemoryPrices prices = new InMemoryPrices();
    private final LoadCatalogueViewsPort views = PriceReadServicesTest.catalogue();

    @Test
    void a_priced_card_is_the_catalogues_card_with_its_latest_prices_and_the_catalogues_not_found_rules() {
        prices.givenLatest(4, PriceSeries.raw(HOLO, PriceSource.CARDMARKET, PriceType.TREND), TODAY, new BigDecimal("296.50"), false);
        prices.givenLatest(4, PriceSeries.raw(HOLO, PriceSource.TCGCSV, PriceType.MARKET), TODAY, new BigDecimal("550.00"), false);
        GetPricedCardService service = new GetPricedCardService(new GetCardService(views), prices);

        PricedCard card = service.pricedCard(CHARIZARD);

        assertThat(card.card().card().name()).isEqualTo("Charizard");
        assertThat(card.latest()).extracting(PricePoint::amount)
                .containsExactlyInAnyOrder(Money.of("296.50", "EUR"), Money.of("550.00", "USD"));
        assertThat(service.pricedCardOfGame("pokemon", CHARIZARD).latest()).hasSize(2);
        assertThatThrownBy(() -> service.pricedCard(new CardId(5))).isInstanceOf(CatalogueEntryNotFoundException.class);
        assertThatThrownBy(() -> service.pricedCardOfGame("mtg", CHARIZARD)).isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void sales_are_daily_medians_of_the_us_sale_sources_per_variant_newest_first() {
        prices.givenSnapshot(4, snapshot(PriceSource.PRICECHARTING, HOLO, null, 0, "100", USD));
        prices.givenSnapshot(4, snapshot(PriceSource.PRICECHARTING, HOLO, null, 0, "130", USD));
        prices.givenSnapshot(4, snapshot(PriceSource.PRICECHARTING, HOLO, null, 0, "110", USD));
        prices.givenSnapshot(4, snapshot(PriceSource.TCGCSV, NORMAL, null, 1, "5.00", USD));
        prices.givenSnapshot(4, snapshot(PriceSource.CARDMARKET, HOLO, null, 0, "290", EUR));
        prices.givenSnapshot(4, snapshot(PriceSource.PRICECHARTING, HOLO, null, 40, "80", USD));
        ListSalesService service = new ListSalesService(views, prices);

        List<SalesBucket> sales = service.sales(query(30, 10, Optional.empty(), Optional.empty(), Optional.empty())).items();

        assertThat(sales).extracting(SalesBucket::start, SalesBucket::source, SalesBucket::variant, SalesBucket::median,
                        SalesBucket::sample)
                .containsExactly(
                        tuple(TODAY, PriceSource.PRICECHARTING, HOLO, Money.of("110", "USD"), 3),
                        tuple(TODAY.minusDays(1), PriceSource.TCGCSV, NORMAL, Money.of("5.00", "USD"), 1));
        assertThat(service.sales(query(30, 1, Optional.empty(), Optional.empty(), Optional.empty())).items()).hasSize(1);
    }

    @Test
    void sales_narrow_to_a_grade_a_variant_and_the_cards_language() {
        prices.givenSnapshot(4, snapshot(PriceSource.PRICECHARTING, HOLO, null, 0, "110", USD));
        prices.givenSnapshot(4, snapshot(PriceSource.PRICECHARTING, HOLO, PSA10, 0, "9000", USD));
        prices.givenSnapshot(4, snapshot(PriceSource.TCGCSV, NORMAL, null, 0, "5.00", USD));
        ListSalesService service = new ListSalesService(views, prices);

        assertThat(service.sales(query(30, 10, Optional.of(GradingCompany.PSA), Optional.empty(), Optional.empty())).items())
                .singleElement().satisfies(bucket -> {
                    assertThat(bucket.grading()).contains(PSA10);
                    assertThat(bucket.median()).isEqualTo(Money.of("9000", "USD"));
                });
        assertThat(service.sales(query(30, 10, Optional.empty(), Optional.of("normal"), Optional.empty())).items())
                .extracting(SalesBucket::variant).containsExactly(NORMAL);
        assertThat(service.sales(query(30, 10, Optional.empty(), Optional.of("etched"), Optional.empty())).items()).isEmpty();
        assertThat(service.sales(query(30, 10, Optional.empty(), Optional.empty(), Optional.of("de"))).items()).isEmpty();
        assertThat(service.sales(query(30, 10, Optional.empty(), Optional.empty(), Optional.of(" EN "))).items()).hasSize(3);
        assertThatThrownBy(() -> service.sales(new SalesQuery(new CardId(5), 30, 10, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()))).isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void a_sealed_products_history_is_its_snapshots_within_the_window_of_a_known_game_and_product() {
        InMemoryCatalogueViews catalogue = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON);
        long box = catalogue.addSealedProduct("pokemon", Optional.<CardSetId>empty(), "Base Set Booster Box", "booster_box",
                LocalDate.of(1999, 1, 9));
        prices.givenSealedSnapshot(box, new SealedPriceSnapshot(PriceSource.TCGCSV, TODAY.minusDays(40), Money.of("19000", "USD")));
        prices.givenSealedSnapshot(box, new SealedPriceSnapshot(PriceSource.TCGCSV, TODAY.minusDays(2), Money.of("21000", "USD")));
        prices.givenSealedSnapshot(box, new SealedPriceSnapshot(PriceSource.CARDMARKET, TODAY, Money.of("18500", "EUR")));
        GetSealedPriceHistoryService service = new GetSealedPriceHistoryService(catalogue, catalogue, prices);

        SealedHistory history = service.history("pokemon", box, 30);

        assertThat(history.product().name()).isEqualTo("Base Set Booster Box");
        assertThat(history.snapshots()).extracting(SealedPriceSnapshot::day).containsExactly(TODAY.minusDays(2), TODAY);
        assertThatThrownBy(() -> service.history("mtg", box, 30)).isInstanceOf(CatalogueEntryNotFoundException.class);
        assertThatThrownBy(() -> service.history("pokemon", box + 1, 30)).isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void the_priced_variants_are_the_stores_and_the_point_count_is_the_stores_counter() {
        InMemoryPricedVariants variants = new InMemoryPricedVariants();
        variants.givenCard(4, "pokemon", "Charizard", 273699L, 42382L);
        variants.givenVariant(4, 40, "unlimited", "normal", 273699L, 42382L);
        variants.givenVariant(4, 41, "unlimited", "holofoil", null, 42383L);
        prices.givenPoint(4, PriceSeries.raw(HOLO, PriceSource.CARDMARKET, PriceType.TREND), TODAY, BigDecimal.TEN, false);
        prices.givenPoint(4, PriceSeries.raw(HOLO, PriceSource.CARDMARKET, PriceType.TREND), TODAY.minusDays(1), BigDecimal.ONE, true);

        assertThat(new ListPricedVariantsService(variants).pricedVariants())
                .extracting(variant -> variant.variantId().value()).containsExactly(40L, 41L);
        assertThat(new ListPricedVariantsService(variants).pricedVariants()).extracting(PricedVariant::primary)
                .containsExactly(true, false);
        assertThat(new CountPricePointsService(prices).pricePoints()).isEqualTo(2);
        assertThat(new CountPricePointsService(new InMemoryPrices()).pricePoints()).isZero();
    }

    private static SalesQuery query(int windowDays, int limit, Optional<GradingCompany> company, Optional<String> variant,
                                    Optional<String> language) {
        return new SalesQuery(CHARIZARD, windowDays, limit, company, Optional.empty(), language, variant);
    }

    private static PriceSnapshot snapshot(PriceSource source, VariantId variant, Grading grading,
                                          int daysAgo, String amount, Currency currency) {
        return new PriceSnapshot(source, variant, grading, TODAY.minusDays(daysAgo), new Money(currency, new BigDecimal(amount)));
    }
}
