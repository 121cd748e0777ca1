package io.cardvault.application.service.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.price.AnalysedSnapshots;
import io.cardvault.application.port.in.price.RegionHistoryQuery;
import io.cardvault.application.port.out.InMemoryPrices;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.PrintingDetails;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.VariantDetails;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.CardPriceSummary;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSnapshot;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.Region;
import io.cardvault.domain.price.SetPriceStats;
import io.cardvault.domain.price.Trend;
import io.cardvault.domain.shared.Money;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The price read services on the shared in-memory price reads and a catalogue of one set with one card. */
class PriceReadServicesTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final CardId CHARIZARD = new CardId(4);
    static final VariantId NORMAL = new VariantId(40);
    static final VariantId HOLO = new VariantId(41);
    static final SetOverview BASE_SET = new SetOverview(10, 1, "pokemon", "Pokémon TCG", "BS", "Base Set", "Base",
            LocalDate.of(1999, 1, 9), 102, 102, false, "en");

    private final InMemoryPrices prices = new InMemoryPrices();
    private final LoadCatalogueViewsPort views = catalogue();

    @Test
    void the_legacy_history_shows_the_best_covered_variants_days_and_analyses_its_best_covered_source() {
        for (int i = 0; i <= 10; i++) {
            prices.givenSnapshot(4, new PriceSnapshot(PriceSource.CARDMARKET, HOLO, null, TODAY.minusDays(i),
                    new Money(EUR, BigDecimal.valueOf(110 - i))));
        }
        prices.givenSnapshot(4, new PriceSnapshot(PriceSource.CARDMARKET, NORMAL, null, TODAY, Money.of("5", "EUR")));
        GetPriceHistoryService service = new GetPriceHistoryService(views, prices);

        AnalysedSnapshots history = service.history(CHARIZARD, 7, Optional.empty(), Optional.empty());

        assertThat(history.snapshots()).hasSize(8).allSatisfy(snapshot -> assertThat(snapshot.variant()).isEqualTo(HOLO));
        assertThat(history.snapshots().get(0).day()).isEqualTo(TODAY.minusDays(7));
        assertThat(history.analysis().trend()).isEqualTo(Trend.RISING);
        assertThat(history.analysis().change7d()).isEqualByComparingTo("6.80");
        assertThat(service.history(CHARIZARD, 7, Optional.empty(), Optional.of("etched")).snapshots()).isEmpty();
        assertThatThrownBy(() -> service.history(new CardId(5), 7, Optional.empty(), Optional.empty()))
                .isInstanceOf(CatalogueEntryNotFoundException.class).hasMessage("card not found: 5");
    }

    @Test
    void a_region_history_reads_the_cards_first_variant_unless_one_is_named_and_refuses_a_foreign_one() {
        prices.givenPoint(4, series(NORMAL, PriceSource.CARDMARKET, Region.EU, PriceType.TREND, EUR), TODAY.minusDays(1),
                new BigDecimal("5.10"), false);
        prices.givenPoint(4, series(NORMAL, PriceSource.CARDMARKET, Region.EU, PriceType.TREND, EUR), TODAY,
                new BigDecimal("5.20"), false);
        prices.givenPoint(4, series(HOLO, PriceSource.CARDMARKET, Region.EU, PriceType.TREND, EUR), TODAY,
                new BigDecimal("110"), false);
        GetRegionHistoryService service = new GetRegionHistoryService(views, prices);

        assertThat(service.history(new RegionHistoryQuery(CHARIZARD, Optional.empty(), Region.EU, 30)))
                .extracting(PricePoint::asOf).containsExactly(TODAY.minusDays(1), TODAY);
        assertThat(service.history(new RegionHistoryQuery(CHARIZARD, Optional.of(HOLO.value()), Region.EU, 30)))
                .singleElement().satisfies(point -> assertThat(point.amount()).isEqualTo(Money.of("110", "EUR")));
        assertThatThrownBy(() -> service.history(new RegionHistoryQuery(CHARIZARD, Optional.of(99L), Region.EU, 30)))
                .isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void newest_prices_filter_by_variant_name_and_a_name_the_card_lacks_reads_nothing() {
        for (int i = 0; i < 4; i++) {
            prices.givenPoint(4, series(HOLO, PriceSource.CARDMARKET, Region.EU, PriceType.TREND, EUR), TODAY.minusDays(i),
                    BigDecimal.valueOf(100 + i), false);
        }
        prices.givenPoint(4, series(NORMAL, PriceSource.CARDMARKET, Region.EU, PriceType.TREND, EUR), TODAY,
                new BigDecimal("5"), false);
        ListNewestPricesService service = new ListNewestPricesService(views, prices);

        assertThat(service.newest(CHARIZARD, Optional.empty(), Optional.of("holofoil"), 2).items())
                .extracting(PricePoint::asOf).containsExactly(TODAY, TODAY.minusDays(1));
        assertThat(service.newest(CHARIZARD, Optional.empty(), Optional.empty(), 10).items()).hasSize(5);
        assertThat(service.newest(CHARIZARD, Optional.empty(), Optional.of("etched"), 10).items()).isEmpty();
    }

    @Test
    void prices_in_a_range_come_in_day_then_source_order() {
        prices.givenPoint(4, series(HOLO, PriceSource.TCGCSV, Region.US, PriceType.MARKET, USD), TODAY, new BigDecimal("117"), false);
        prices.givenPoint(4, series(HOLO, PriceSource.CARDMARKET, Region.EU, PriceType.TREND, EUR), TODAY, new BigDecimal("110"), false);
        prices.givenPoint(4, series(HOLO, PriceSource.CARDMARKET, Region.EU, PriceType.TREND, EUR), TODAY.minusDays(5),
                new BigDecimal("100"), false);

        List<PricePoint> range = new ListPricesInRangeService(views, prices)
                .inRange(CHARIZARD, TODAY.minusDays(1), TODAY, Optional.empty()).items();

        assertThat(range).extracting(point -> point.series().source()).containsExactly(PriceSource.CARDMARKET, PriceSource.TCGCSV);
    }

    @Test
    void rankings_read_the_usd_summaries_and_a_set_of_another_catalogue_is_not_found() {
        prices.givenSummary(new CardPriceSummary(InMemoryPrices.card(4, 10, "pokemon", "Charizard"), Money.of("420", "USD"),
                new BigDecimal("12.5"), TODAY));
        prices.givenSummary(new CardPriceSummary(InMemoryPrices.card(5, 10, "pokemon", "Blastoise"), Money.of("180", "USD"),
                new BigDecimal("-30"), TODAY));
        prices.givenSummary(new CardPriceSummary(InMemoryPrices.card(6, 10, "pokemon", "Venusaur"), Money.of("150", "EUR"),
                null, TODAY));

        assertThat(new ListMostValuableCardsService(views, prices).mostValuable(Optional.of("pokemon"), 10))
                .extracting(summary -> summary.card().id()).containsExactly(4L, 5L);
        assertThat(new ListTrendingCardsService(views, prices).trending(Optional.empty(), 10))
                .extracting(summary -> summary.card().id()).containsExactly(5L, 4L);
        assertThat(new ListTopSetCardsService(views, prices).topCards(new CardSetId(10), 1))
                .extracting(summary -> summary.card().id()).containsExactly(4L);
        SetPriceStats stats = new GetSetPriceStatsService(views, prices).setStats(new CardSetId(10));
        assertThat(stats.pricedCards()).isEqualTo(2);
        assertThat(stats.totalValue()).isEqualByComparingTo("600.00");
        assertThatThrownBy(() -> new GetSetPriceStatsService(views, prices).setStats(new CardSetId(11)))
                .isInstanceOf(CatalogueEntryNotFoundException.class).hasMessage("set not found: 11");
        assertThatThrownBy(() -> new ListMostValuableCardsService(views, prices).mostValuable(Optional.of("nosuchgame"), 10))
                .isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    private static PriceSeries series(VariantId variant, PriceSource source, Region region, PriceType type, Currency currency) {
        return new PriceSeries(variant, source, region, type, null, currency);
    }

    /** A catalogue of one game, one set and one card with a normal and a holo variant (the catalogue's own fake is not this module's). */
    static LoadCatalogueViewsPort catalogue() {
        CardDetails charizard = new CardDetails(InMemoryPrices.card(4, 10, "pokemon", "Charizard"), BASE_SET, CrossReferences.none(),
                List.of(new PrintingDetails(400, "en", "unlimited", List.of(
                        new VariantDetails(NORMAL.value(), "normal", null, List.of(), null, "standard", CrossReferences.none()),
                        new VariantDetails(HOLO.value(), "holofoil", null, List.of(), null, "standard", CrossReferences.none())))));
        GameOverview pokemon = new GameOverview(1, "pokemon", "Pokémon TCG", null, null, true, null, null, null);
        return (LoadCatalogueViewsPort) Proxy.newProxyInstance(LoadCatalogueViewsPort.class.getClassLoader(),
                new Class<?>[] {LoadCatalogueViewsPort.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "card" -> Optional.of(charizard).filter(card -> args[0].equals(new CardId(4)));
                    case "set" -> Optional.of(BASE_SET).filter(set -> args[0].equals(new CardSetId(10)));
                    case "game" -> Optional.of(pokemon).filter(game -> args[0].equals("pokemon"));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
