package io.cardvault.application.service.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.collection.AddToCollectionCommand;
import io.cardvault.application.port.in.collection.AddedToCollection;
import io.cardvault.application.port.in.collection.AmendCollectionEntryCommand;
import io.cardvault.application.port.in.collection.CollectionEntryNotFoundException;
import io.cardvault.application.port.in.collection.CollectionExportRow;
import io.cardvault.application.port.in.collection.CollectionItem;
import io.cardvault.application.port.in.collection.CollectionPage;
import io.cardvault.application.port.in.collection.CollectionQuery;
import io.cardvault.application.port.in.collection.CollectionSummary;
import io.cardvault.application.port.in.collection.PortfolioDay;
import io.cardvault.application.port.in.collection.PortfolioHistory;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.FreshIds;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.InMemoryCollectionStore;
import io.cardvault.application.port.out.InMemoryExchangeRates;
import io.cardvault.application.port.out.InMemoryPrices;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.catalogue.VariantSlugs;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollectionServicesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    private final FreshIds fresh = new FreshIds();
    private final InMemoryCollectionStore store = new InMemoryCollectionStore();
    private final InMemoryCatalogueViews views = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON, CatalogueFixtures.MTG);
    private final InMemoryPrices prices = new InMemoryPrices();
    private final InMemoryExchangeRates rates = new InMemoryExchangeRates();

    private final AddToCollectionService add = new AddToCollectionService(store, views, prices, rates, CLOCK);
    private final ListCollectionService list = new ListCollectionService(store, views, prices, rates);
    private final AmendCollectionEntryService amend = new AmendCollectionEntryService(store, views, prices, rates);
    private final RemoveFromCollectionService remove = new RemoveFromCollectionService(store);
    private final GetCollectionSummaryService summary = new GetCollectionSummaryService(store, views, prices, rates, CLOCK);
    private final ExportCollectionService export = new ExportCollectionService(store, views, prices, rates);
    private final GetPortfolioHistoryService history = new GetPortfolioHistoryService(store, views, prices, rates, CLOCK);

    private AccountId ash;
    private CardId charizard;
    private CardId charmander;
    private CardId mtgCard;
    private VariantId charizardHolo;
    private VariantId charizardFirstEdition;

    @BeforeEach
    void catalogue_prices_and_rates() {
        ash = fresh.account();
        CardSet set = CatalogueFixtures.baseSet();
        StoredSet pokemon = views.store(CatalogueFixtures.POKEMON, set, CatalogueFixtures.evolutionLine(set));
        charizard = pokemon.cardIds().get(set.key().externalId() + "-4");
        charmander = pokemon.cardIds().get(set.key().externalId() + "-46");
        CardSet other = CatalogueFixtures.baseSet();
        StoredSet mtg = views.store(CatalogueFixtures.MTG, other, List.of(CatalogueFixtures.charmander(other)));
        mtgCard = mtg.cardIds().get(other.key().externalId() + "-46");
        store.cardOfGame(charizard, "pokemon").cardOfGame(charmander, "pokemon").cardOfGame(mtgCard, "mtg");
        CardDetails details = views.card(charizard).orElseThrow();
        charizardHolo = VariantSlugs.find(details, "holo").orElseThrow();
        charizardFirstEdition = VariantSlugs.find(details, "1st_edition_holo").orElseThrow();
        // Charizard holo: Cardmarket trend 100 a week ago, 190 yesterday, 200 today; TCGplayer 250 USD today
        trend(charizard, charizardHolo, TODAY.minusDays(7), "100");
        trend(charizard, charizardHolo, TODAY.minusDays(1), "190");
        trend(charizard, charizardHolo, TODAY, "200");
        prices.givenLatest(charizard.value(), PriceSeries.raw(charizardHolo, PriceSource.TCGCSV, PriceType.MARKET), TODAY,
                new BigDecimal("250"), false);
        // the 1st Edition holo only in dollars and only graded PSA 10: 5000 USD
        prices.givenLatest(charizard.value(), PriceSeries.graded(charizardFirstEdition, PriceSource.PRICECHARTING,
                Grading.of(GradingCompany.PSA, "10")), TODAY, new BigDecimal("5000"), false);
        // the mtg card: 10 EUR today, no history
        VariantId mtgVariant = new VariantId(views.card(mtgCard).orElseThrow().variants().get(0).id());
        prices.givenLatest(mtgCard.value(), PriceSeries.raw(mtgVariant, PriceSource.CARDMARKET, PriceType.TREND), TODAY,
                new BigDecimal("10"), false);
        rates.store(List.of(new EuroReferenceRates(TODAY, Map.of(USD, new BigDecimal("1.25")))));
    }

    private void trend(CardId card, VariantId variant, LocalDate day, String amount) {
        PriceSeries series = PriceSeries.raw(variant, PriceSource.CARDMARKET, PriceType.TREND);
        prices.givenPoint(card.value(), series, day, new BigDecimal(amount), false);
        prices.givenLatest(card.value(), series, day, new BigDecimal(amount), false);
    }

    private AddedToCollection add(CardId card, String variant, int quantity, CardCondition condition, Optional<Grading> grading) {
        return add.add(new AddToCollectionCommand(ash, card, Optional.ofNullable(variant), quantity, condition,
                Optional.of(Money.of("150", "USD")), grading, EUR));
    }

    private static AmendCollectionEntryCommand quantity(AccountId owner, CollectionItem item, int quantity) {
        return new AmendCollectionEntryCommand(owner, item.entry().id().orElseThrow(), Optional.of(quantity), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), EUR);
    }

    @Test
    void an_added_card_comes_back_with_its_facts_variant_word_and_value() {
        AddedToCollection added = add(charizard, "holo", 2, CardCondition.NM, Optional.empty());

        assertThat(added.merged()).isFalse();
        CollectionItem item = added.item();
        assertThat(item.cardName()).isEqualTo("Charizard");
        assertThat(item.gameSlug()).isEqualTo("pokemon");
        assertThat(item.setName()).startsWith("Base Set");
        assertThat(item.variant()).contains("holo");
        assertThat(item.currentValue()).contains(Money.of("400.00", "EUR"));
        assertThat(item.entry().addedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void adding_the_same_holding_again_adds_to_its_quantity_and_keeps_one_line() {
        CollectionItem first = add(charizard, "holo", 2, CardCondition.NM, Optional.empty()).item();

        AddedToCollection again = add(charizard, "HOLO", 3, CardCondition.NM, Optional.empty());

        assertThat(again.merged()).isTrue();
        assertThat(again.item().entry().id()).isEqualTo(first.entry().id());
        assertThat(again.item().entry().quantity()).isEqualTo(5);
        assertThat(list.list(new CollectionQuery(ash, Optional.empty(), 50, 0, EUR)).total()).isEqualTo(1);
        assertThat(add(charizard, "holo", 1, CardCondition.LP, Optional.empty()).merged())
                .as("another condition is another holding").isFalse();
    }

    @Test
    void an_unknown_card_or_a_variant_the_card_lacks_is_refused_naming_the_field() {
        assertThatThrownBy(() -> add(new CardId(987_654_321L), null, 1, CardCondition.NM, Optional.empty()))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo("card_id"));
        assertThatThrownBy(() -> add(charizard, "shadowless_holo", 1, CardCondition.NM, Optional.empty()))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> {
                    assertThat(e.field()).isEqualTo("variant");
                    assertThat(e.getMessage()).contains("1st_edition_holo");
                });
        assertThat(store.findAllByOwner(ash)).isEmpty();
    }

    @Test
    void a_currency_without_a_stored_rate_is_refused_before_anything_is_written() {
        assertThatThrownBy(() -> add.add(new AddToCollectionCommand(ash, charizard, Optional.empty(), 1, CardCondition.NM,
                Optional.empty(), Optional.empty(), Currency.getInstance("JPY"))))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo("currency"));
        assertThat(store.findAllByOwner(ash)).isEmpty();
    }

    @Test
    void the_list_pages_newest_first_filters_by_game_and_values_in_the_asked_currency() {
        add(charizard, "holo", 1, CardCondition.NM, Optional.empty());
        add(charmander, null, 1, CardCondition.NM, Optional.empty());
        add(mtgCard, null, 4, CardCondition.NM, Optional.empty());

        CollectionPage firstTwo = list.list(new CollectionQuery(ash, Optional.empty(), 2, 0, USD));
        assertThat(firstTwo.total()).isEqualTo(3);
        assertThat(firstTwo.currency()).isEqualTo(USD);
        assertThat(firstTwo.items()).hasSize(2);
        CollectionPage last = list.list(new CollectionQuery(ash, Optional.empty(), 2, 2, USD));
        assertThat(last.items()).singleElement().satisfies(item -> {
            assertThat(item.cardName()).isEqualTo("Charizard");
            assertThat(item.currentValue()).as("TCGplayer's dollars first").contains(Money.of("250.00", "USD"));
        });
        assertThat(list.list(new CollectionQuery(ash, Optional.empty(), 50, 3, EUR)).items()).isEmpty();
        CollectionPage mtg = list.list(new CollectionQuery(ash, Optional.of("mtg"), 50, 0, EUR));
        assertThat(mtg.total()).isEqualTo(1);
        assertThat(mtg.items().get(0).currentValue()).contains(Money.of("40.00", "EUR"));
        assertThat(list.list(new CollectionQuery(fresh.account(), Optional.empty(), 50, 0, EUR)).total()).isZero();
    }

    @Test
    void paging_outside_one_to_two_hundred_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new CollectionQuery(ash, Optional.empty(), 0, 0, EUR))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> new CollectionQuery(ash, Optional.empty(), 201, 0, EUR))
                .isInstanceOf(InvalidCollectionDataException.class);
        assertThatThrownBy(() -> new CollectionQuery(ash, Optional.empty(), 50, -1, EUR))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo("offset"));
    }

    @Test
    void the_owner_amends_an_entry_and_can_clear_its_variant_and_price_paid() {
        CollectionItem item = add(charizard, "holo", 1, CardCondition.NM, Optional.empty()).item();

        CollectionItem amended = amend.amend(new AmendCollectionEntryCommand(ash, item.entry().id().orElseThrow(), Optional.of(3),
                Optional.of(CardCondition.MP), Optional.of(Optional.empty()), Optional.of(Optional.empty()), Optional.empty(), EUR));

        assertThat(amended.entry().quantity()).isEqualTo(3);
        assertThat(amended.entry().condition()).isEqualTo(CardCondition.MP);
        assertThat(amended.variant()).isEmpty();
        assertThat(amended.entry().pricePaid()).isEmpty();
        // no variant: the cheapest priced one, the holo at 200 EUR, × 0.70 (MP) × 3
        assertThat(amended.currentValue()).contains(Money.of("420.00", "EUR"));
        assertThat(store.findById(item.entry().id().orElseThrow()).orElseThrow().quantity()).isEqualTo(3);
    }

    @Test
    void another_owners_entry_is_not_found_for_amending_or_removing_and_stays_as_it_was() {
        CollectionItem item = add(charizard, "holo", 1, CardCondition.NM, Optional.empty()).item();
        AccountId stranger = fresh.account();

        assertThatThrownBy(() -> amend.amend(quantity(stranger, item, 9))).isInstanceOf(CollectionEntryNotFoundException.class);
        assertThatThrownBy(() -> remove.remove(stranger, item.entry().id().orElseThrow()))
                .isInstanceOf(CollectionEntryNotFoundException.class);
        assertThat(store.findById(item.entry().id().orElseThrow()).orElseThrow().quantity()).isEqualTo(1);

        remove.remove(ash, item.entry().id().orElseThrow());
        assertThat(store.findAllByOwner(ash)).isEmpty();
        assertThatThrownBy(() -> remove.remove(ash, item.entry().id().orElseThrow()))
                .isInstanceOf(CollectionEntryNotFoundException.class);
    }

    @Test
    void an_empty_amendment_is_refused() {
        assertThatThrownBy(() -> new AmendCollectionEntryCommand(ash, new io.cardvault.domain.collection.CollectionEntryId(1),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), EUR))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }

    @Test
    void the_summary_totals_values_by_game_top_card_and_changes_against_past_prices_of_the_same_holdings() {
        add(charizard, "holo", 2, CardCondition.NM, Optional.empty());                                  // 400 EUR, 380 yesterday, 200 a week ago
        add(charizard, "1st_edition_holo", 1, CardCondition.NM, Optional.of(Grading.of(GradingCompany.PSA, "10"))); // 5000 USD = 4000 EUR, no history
        add(mtgCard, null, 3, CardCondition.NM, Optional.empty());                                      // 30 EUR, no history
        add(charmander, null, 1, CardCondition.NM, Optional.empty());                                   // no price at all

        CollectionSummary figures = summary.summary(ash, EUR);

        assertThat(figures.currency()).isEqualTo(EUR);
        assertThat(figures.totalValue()).isEqualTo(Money.of("4430.00", "EUR"));
        assertThat(figures.cardCount()).isEqualTo(7);
        assertThat(figures.unvaluedCount()).isEqualTo(1);
        assertThat(figures.byGame()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "pokemon", Money.of("4400.00", "EUR"), "mtg", Money.of("30.00", "EUR")));
        assertThat(figures.topCard()).hasValueSatisfying(top -> {
            assertThat(top.card()).isEqualTo(charizard);
            assertThat(top.name()).isEqualTo("Charizard");
            assertThat(top.value()).isEqualTo(Money.of("4400.00", "EUR"));
        });
        // only the holo copies had prices then: 400 now vs 380 yesterday, vs 200 a week ago
        assertThat(figures.change24h()).hasValueSatisfying(change -> {
            assertThat(change.amount()).isEqualTo(Money.of("20.00", "EUR"));
            assertThat(change.percent()).contains(new BigDecimal("5.26"));
        });
        assertThat(figures.change7d()).hasValueSatisfying(change -> {
            assertThat(change.amount()).isEqualTo(Money.of("200.00", "EUR"));
            assertThat(change.percent()).contains(new BigDecimal("100.00"));
        });
    }

    @Test
    void an_empty_collection_is_worth_zero_with_no_change_and_no_top_card() {
        CollectionSummary figures = summary.summary(ash, USD);

        assertThat(figures.totalValue()).isEqualTo(Money.zero(USD));
        assertThat(figures.cardCount()).isZero();
        assertThat(figures.change24h()).isEmpty();
        assertThat(figures.change7d()).isEmpty();
        assertThat(figures.topCard()).isEmpty();
        assertThat(figures.byGame()).isEmpty();
    }

    @Test
    void the_export_has_every_entry_oldest_first_with_the_price_paid_in_its_own_currency() {
        add(charizard, "holo", 2, CardCondition.NM, Optional.empty());
        add(charmander, null, 1, CardCondition.HP, Optional.empty());

        List<CollectionExportRow> rows = export.export(ash, EUR);

        assertThat(rows).extracting(CollectionExportRow::name).containsExactly("Charizard", "Charmander");
        assertThat(rows.get(0).variant()).contains("holo");
        assertThat(rows.get(0).game()).isEqualTo("pokemon");
        assertThat(rows.get(0).pricePaid()).contains(Money.of("150", "USD"));
        assertThat(rows.get(0).currentValue()).contains(Money.of("400.00", "EUR"));
        assertThat(rows.get(1).condition()).isEqualTo(CardCondition.HP);
        assertThat(rows.get(1).currentValue()).isEmpty();
    }

    @Test
    void the_history_values_todays_holdings_at_each_days_prices_carrying_a_price_at_most_a_week() {
        add(charizard, "holo", 2, CardCondition.NM, Optional.empty());

        PortfolioHistory chart = history.history(ash, EUR, 10);

        assertThat(chart.currency()).isEqualTo(EUR);
        assertThat(chart.days()).hasSize(10);
        assertThat(chart.days().get(0).day()).isEqualTo(TODAY.minusDays(9));
        assertThat(chart.days()).extracting(PortfolioDay::value).containsExactly(
                Money.of("0", "EUR"), Money.of("0", "EUR"),                                     // days 9 and 8 back: no price yet
                Money.of("200", "EUR"), Money.of("200", "EUR"), Money.of("200", "EUR"), Money.of("200", "EUR"),
                Money.of("200", "EUR"), Money.of("200", "EUR"),                                 // a week ago's 100, carried
                Money.of("380", "EUR"), Money.of("400", "EUR"));
        assertThat(chart.days().get(0).valuedCount()).isZero();
        assertThat(chart.days().get(9).valuedCount()).isEqualTo(2);
        assertThatThrownBy(() -> history.history(ash, EUR, 0))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo("days"));
        assertThatThrownBy(() -> history.history(ash, EUR, 366)).isInstanceOf(InvalidCollectionDataException.class);
    }
}
