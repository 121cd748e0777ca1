package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.analytics.CardMarketHistory;
import io.cardvault.application.port.out.analytics.ResolvedScope;
import io.cardvault.application.port.out.analytics.SourcePriceFilter;
import io.cardvault.application.port.out.analytics.VariantSelection;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.analytics.DailyPrice;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.PriceHistory;
import io.cardvault.domain.analytics.SourcePrice;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link LoadMarketAnalyticsPort}: the in-memory fake and the MariaDB adapter must both
 * pass it. Each test seeds cards and variants of ids of its own, so an implementation may keep its
 * rows between tests; whole-store reads are checked on the test's own cards or as differences.
 */
public abstract class LoadMarketAnalyticsPortContract {

    private static final AtomicLong IDS = new AtomicLong(70_000);
    protected static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    protected static final Currency EUR = Currency.getInstance("EUR");
    protected static final Currency USD = Currency.getInstance("USD");
    private static final Grading PSA_10 = Grading.of(GradingCompany.find("psa").orElseThrow(), "10");

    private LoadMarketAnalyticsPort port;
    private long card;
    private long normal;
    private long holo;
    private long firstEditionHolo;

    protected abstract LoadMarketAnalyticsPort port();

    /** A card with its facts; its set is named {@code card.setName()}, its game is {@code card.tcgSlug()} (pokemon). */
    protected abstract void givenCard(MarketCard card);

    protected abstract void givenVariant(long cardId, long variantId, String language, String printRun, String finish);

    protected abstract void givenSnapshot(long cardId, long variantId, PriceSource source, Optional<Grading> grading,
                                          LocalDate day, Currency currency, BigDecimal price);

    protected abstract void givenLatest(long cardId, long variantId, PriceSource source, PriceType type, Currency currency,
                                        BigDecimal amount, LocalDate day);

    @BeforeEach
    void aCardWithThreeVariants() {
        port = port();
        card = IDS.addAndGet(10);
        normal = card * 10;
        holo = card * 10 + 1;
        firstEditionHolo = card * 10 + 2;
        givenCard(new MarketCard(card, "Charizard " + card, "Base Set", "pokemon", "Rare Holo"));
        givenVariant(card, normal, "en", "unlimited", "normal");
        givenVariant(card, holo, "en", "unlimited", "holofoil");
        givenVariant(card, firstEditionHolo, "en", "1st_edition", "holofoil");
    }

    @Test
    void givenAKnownCard_card_answersItsFactsAndAnUnknownOneNothing() {
        assertThat(port.card(new CardId(card))).hasValueSatisfying(found -> {
            assertThat(found.name()).isEqualTo("Charizard " + card);
            assertThat(found.setName()).isEqualTo("Base Set");
            assertThat(found.tcgSlug()).isEqualTo("pokemon");
            assertThat(found.rarity()).isEqualTo("Rare Holo");
        });
        assertThat(port.card(new CardId(card + 1))).isEmpty();
    }

    @Test
    void givenSnapshotsOfTwoVariants_resolveAuto_picksTheOneWithMoreRawSnapshotsNamedWithItsPrintRun() {
        daily(firstEditionHolo, PriceSource.CARDMARKET, Optional.empty(), EUR, "300", 3);
        daily(holo, PriceSource.CARDMARKET, Optional.empty(), EUR, "100", 2);
        daily(holo, PriceSource.PRICECHARTING, Optional.of(PSA_10), USD, "900", 5);

        assertThat(port.resolve(new CardId(card), AnalyticsScope.raw("auto")))
                .contains(new ResolvedScope(firstEditionHolo, "1st_edition_holo"));
        assertThat(port.resolve(new CardId(card), new AnalyticsScope("auto", Optional.of(PSA_10))))
                .contains(new ResolvedScope(holo, "holo"));
        assertThat(port.resolve(new CardId(card + 1), AnalyticsScope.raw("auto"))).isEmpty();
    }

    @Test
    void givenANamedScope_resolve_findsTheVariantOfThatPrintRunAndFinishEvenWithoutPrices() {
        assertThat(port.resolve(new CardId(card), AnalyticsScope.raw("holo"))).contains(new ResolvedScope(holo, "holo"));
        assertThat(port.resolve(new CardId(card), AnalyticsScope.raw("1st_edition_holo")))
                .contains(new ResolvedScope(firstEditionHolo, "1st_edition_holo"));
        assertThat(port.resolve(new CardId(card), AnalyticsScope.raw("reverse_holo"))).isEmpty();
    }

    @Test
    void givenAScopePinnedToAVariant_resolve_answersThatVariantWithItsOwnSlugAndOnlyOnItsCard() {
        assertThat(port.resolve(new CardId(card), AnalyticsScope.raw("normal").pinnedTo(new VariantId(firstEditionHolo))))
                .contains(new ResolvedScope(firstEditionHolo, "1st_edition_holo"));
        assertThat(port.resolve(new CardId(card + 1), AnalyticsScope.raw("normal").pinnedTo(new VariantId(holo)))).isEmpty();
    }

    @Test
    void givenASelection_select_prefersTheFirstListedFinishOfThatLanguageAndPrintRun() {
        assertThat(port.select(new CardId(card), new VariantSelection("en", "unlimited", List.of("holofoil", "normal"))))
                .contains(new ResolvedScope(holo, "holo"));
        assertThat(port.select(new CardId(card), new VariantSelection("en", "unlimited", List.of("reverse_holofoil", "normal"))))
                .contains(new ResolvedScope(normal, "normal"));
        assertThat(port.select(new CardId(card), new VariantSelection("fr", "unlimited", List.of("normal")))).isEmpty();
    }

    @Test
    void givenSnapshotsOfSeveralSourcesAndASlab_histories_answersEachSourceInDayOrderFromTheDayAsked() {
        givenSnapshot(card, holo, PriceSource.CARDMARKET, Optional.empty(), TODAY, EUR, new BigDecimal("110"));
        givenSnapshot(card, holo, PriceSource.CARDMARKET, Optional.empty(), TODAY.minusDays(2), EUR, new BigDecimal("100"));
        givenSnapshot(card, holo, PriceSource.CARDMARKET, Optional.empty(), TODAY.minusDays(40), EUR, new BigDecimal("90"));
        givenSnapshot(card, holo, PriceSource.PRICECHARTING, Optional.empty(), TODAY.minusDays(1), USD, new BigDecimal("117.5"));
        givenSnapshot(card, holo, PriceSource.PRICECHARTING, Optional.of(PSA_10), TODAY, USD, new BigDecimal("900"));
        givenSnapshot(card, normal, PriceSource.CARDMARKET, Optional.empty(), TODAY, EUR, new BigDecimal("5"));

        Map<PriceSource, PriceHistory> raw = port.histories(new CardId(card), holo, Optional.empty(), TODAY.minusDays(30));

        assertThat(raw).containsOnlyKeys(PriceSource.CARDMARKET, PriceSource.PRICECHARTING);
        assertThat(raw.get(PriceSource.CARDMARKET).currency()).isEqualTo(EUR);
        assertThat(raw.get(PriceSource.CARDMARKET).points()).extracting(DailyPrice::day)
                .containsExactly(TODAY.minusDays(2), TODAY);
        assertThat(raw.get(PriceSource.CARDMARKET).prices()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("110"));
        assertThat(raw.get(PriceSource.PRICECHARTING).currency()).isEqualTo(USD);
        Map<PriceSource, PriceHistory> slab = port.histories(new CardId(card), holo, Optional.of(PSA_10), LocalDate.EPOCH);
        assertThat(slab).containsOnlyKeys(PriceSource.PRICECHARTING);
        assertThat(slab.get(PriceSource.PRICECHARTING).latest().orElseThrow().price()).isEqualByComparingTo("900");
        assertThat(port.histories(new CardId(card + 1), holo, Optional.empty(), LocalDate.EPOCH)).isEmpty();
    }

    @Test
    void givenDealerQuotesAndOtherValues_retailQuotes_answersOnlyPriceChartingsDealerQuotesOfThatVariant() {
        givenLatest(card, holo, PriceSource.PRICECHARTING, PriceType.RETAIL_LOOSE_BUY, USD, new BigDecimal("80"), TODAY);
        givenLatest(card, holo, PriceSource.PRICECHARTING, PriceType.RETAIL_LOOSE_SELL, USD, new BigDecimal("120"), TODAY);
        givenLatest(card, holo, PriceSource.PRICECHARTING, PriceType.RAW_US, USD, new BigDecimal("100"), TODAY);
        givenLatest(card, normal, PriceSource.PRICECHARTING, PriceType.RETAIL_CIB_BUY, USD, new BigDecimal("10"), TODAY);

        Map<PriceType, BigDecimal> quotes = port.retailQuotes(new CardId(card), holo);

        assertThat(quotes).containsOnlyKeys(PriceType.RETAIL_LOOSE_BUY, PriceType.RETAIL_LOOSE_SELL);
        assertThat(quotes.get(PriceType.RETAIL_LOOSE_SELL)).isEqualByComparingTo("120");
    }

    @Test
    void givenRawAndGradedSnapshots_forEachCardHistory_handsOverTheBestCoveredVariantsRawHistoriesInTheWindow() {
        daily(holo, PriceSource.CARDMARKET, Optional.empty(), EUR, "100", 4);
        daily(holo, PriceSource.EBAY, Optional.empty(), USD, "107", 2);
        daily(normal, PriceSource.CARDMARKET, Optional.empty(), EUR, "5", 3);
        daily(normal, PriceSource.PRICECHARTING, Optional.of(PSA_10), USD, "900", 10);

        List<CardMarketHistory> handed = new ArrayList<>();
        port.forEachCardHistory(TODAY.minusDays(2), history -> {
            if (history.card().id() == card) {
                handed.add(history);
            }
        });

        assertThat(handed).hasSize(1);
        assertThat(handed.get(0).variant()).isEqualTo("holo");
        assertThat(handed.get(0).bySource()).containsOnlyKeys(PriceSource.CARDMARKET, PriceSource.EBAY);
        assertThat(handed.get(0).bySource().get(PriceSource.CARDMARKET).size()).isEqualTo(3);
    }

    @Test
    void givenNewestValues_sourcePrices_listsOnlyHeadlineSeriesFilteredBySourceAndFinishInCardOrder() {
        long second = IDS.addAndGet(10);
        givenCard(new MarketCard(second, "Blastoise " + second, "Base Set", "pokemon", "Rare Holo"));
        givenVariant(second, second * 10, "en", "unlimited", "normal");
        givenLatest(second, second * 10, PriceSource.CARDMARKET, PriceType.TREND, EUR, new BigDecimal("40"), TODAY);
        givenLatest(card, holo, PriceSource.CARDMARKET, PriceType.TREND, EUR, new BigDecimal("110"), TODAY);
        givenLatest(card, holo, PriceSource.CARDMARKET, PriceType.LOW, EUR, new BigDecimal("90"), TODAY);
        givenLatest(card, normal, PriceSource.TCGCSV, PriceType.MARKET, USD, new BigDecimal("6.5"), TODAY.minusDays(1));

        List<SourcePrice> every = ours(port.sourcePrices(new SourcePriceFilter(Optional.empty(), List.of()), 10_000, 0), second);
        assertThat(every).extracting(SourcePrice::cardId).containsExactly(card, card, second);
        SourcePrice tcgplayer = every.stream().filter(row -> row.source().equals("tcgcsv")).findFirst().orElseThrow();
        assertThat(tcgplayer.variant()).isEqualTo("normal");
        assertThat(tcgplayer.foilStatus()).isEqualTo("nonfoil");
        assertThat(tcgplayer.price()).isEqualByComparingTo("6.5");
        assertThat(tcgplayer.currency()).isEqualTo(USD);
        assertThat(tcgplayer.priceEur()).isNull();
        assertThat(tcgplayer.recordedOn()).isEqualTo(TODAY.minusDays(1));

        List<SourcePrice> foilCardmarket = ours(port.sourcePrices(
                new SourcePriceFilter(Optional.of("cardmarket"), List.of("holofoil")), 10_000, 0), second);
        assertThat(foilCardmarket).singleElement().satisfies(row -> {
            assertThat(row.cardName()).isEqualTo("Charizard " + card);
            assertThat(row.variant()).isEqualTo("holo");
            assertThat(row.foilStatus()).isEqualTo("foil");
            assertThat(row.price()).isEqualByComparingTo("110");
        });
    }

    @Test
    void givenNewHeadlineValues_sourcePriceCounts_countsThemBySourceAndFinish() {
        Map<String, Map<String, Long>> before = port.sourcePriceCounts().bySourceAndFinish();
        givenLatest(card, holo, PriceSource.CARDMARKET, PriceType.TREND, EUR, new BigDecimal("110"), TODAY);
        givenLatest(card, firstEditionHolo, PriceSource.CARDMARKET, PriceType.TREND, EUR, new BigDecimal("310"), TODAY);
        givenLatest(card, normal, PriceSource.CARDMARKET, PriceType.TREND, EUR, new BigDecimal("5"), TODAY);
        givenLatest(card, normal, PriceSource.CARDMARKET, PriceType.AVG30, EUR, new BigDecimal("5"), TODAY);

        Map<String, Map<String, Long>> after = port.sourcePriceCounts().bySourceAndFinish();

        assertThat(count(after, "holofoil") - count(before, "holofoil")).isEqualTo(2);
        assertThat(count(after, "normal") - count(before, "normal")).isEqualTo(1);
    }

    @Test
    void givenPricedSeries_totals_listTheirSourcesAndGame() {
        givenLatest(card, holo, PriceSource.CARDTRADER, PriceType.MARKET, EUR, new BigDecimal("104"), TODAY);

        assertThat(port.totals().sources()).contains("cardtrader");
        assertThat(port.totals().tcgsCovered()).isPositive();
    }

    private void daily(long variant, PriceSource source, Optional<Grading> grading, Currency currency, String price, int days) {
        for (int i = 0; i < days; i++) {
            givenSnapshot(card, variant, source, grading, TODAY.minusDays(i), currency, new BigDecimal(price));
        }
    }

    private List<SourcePrice> ours(List<SourcePrice> rows, long second) {
        return rows.stream().filter(row -> row.cardId() == card || row.cardId() == second).toList();
    }

    private static long count(Map<String, Map<String, Long>> counts, String finish) {
        return counts.getOrDefault("cardmarket", Map.of()).getOrDefault(finish, 0L);
    }
}
