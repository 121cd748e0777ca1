package io.cardvault.application.port.out;

import static io.cardvault.application.port.out.CatalogueFixtures.POKEMON;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardFacts;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.Game;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.SealedProduct;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.catalogue.Variant;
import io.cardvault.domain.catalogue.Window;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link LoadCatalogueViewsPort} and {@link LoadSealedProductsPort}: every
 * implementation (the in-memory fake, the MariaDB adapter) must pass it. Each test stores a set of
 * its own (see {@link CatalogueFixtures}), so an implementation may keep its data between tests;
 * assertions about a whole game only compare before and after.
 */
public abstract class LoadCatalogueViewsPortContract {

    private static final CardId UNKNOWN_CARD = new CardId(999_999_999_999L);

    private LoadCatalogueViewsPort views;
    private LoadSealedProductsPort sealed;
    private CardSet set;

    /** The read side under test, over a store knowing at least the games {@code pokemon} and {@code mtg}. */
    protected abstract LoadCatalogueViewsPort views();

    protected abstract LoadSealedProductsPort sealed();

    /** Stores a set with its cards as the catalogue import does. */
    protected abstract StoredSet store(Game game, CardSet set, List<Card> cards);

    /** Adds a sealed product of the game, of {@code set} when given; answers its id. */
    protected abstract long addSealedProduct(String gameSlug, Optional<CardSetId> set, String name);

    @BeforeEach
    void freshSet() {
        views = views();
        sealed = sealed();
        set = CatalogueFixtures.baseSet();
    }

    private StoredSet stored() {
        return store(POKEMON, set, CatalogueFixtures.evolutionLine(set));
    }

    @Test
    void givenKnownAndUnknownSlugs_game_answersOnlyKnownGames() {
        stored();

        assertThat(views.games()).extracting(GameOverview::slug).contains("pokemon", "mtg");
        GameOverview pokemon = views.game("pokemon").orElseThrow();
        assertThat(pokemon.sets()).isPositive();
        assertThat(pokemon.cards()).isGreaterThanOrEqualTo(3);
        assertThat(views.game("no-such-game")).isEmpty();
    }

    @Test
    void givenStoredSet_set_describesItWithItsCardCount() {
        StoredSet stored = stored();

        SetOverview overview = views.set(stored.setId()).orElseThrow();

        assertThat(overview.id()).isEqualTo(stored.setId().value());
        assertThat(overview.gameSlug()).isEqualTo("pokemon");
        assertThat(overview.code()).isEqualTo(set.code());
        assertThat(overview.name()).isEqualTo(set.displayName());
        assertThat(overview.officialCount()).isEqualTo(102);
        assertThat(overview.cardCount()).isEqualTo(3);
        assertThat(overview.releaseDate()).isEqualTo(set.releaseDate());
        assertThat(views.set(new CardSetId(999_999_999_999L))).isEmpty();
    }

    @Test
    void givenAnotherSet_setsOf_countsItAndListsItInReleaseOrder() {
        long before = views.setsOf("pokemon", new Window(0, 1)).total();
        StoredSet stored = stored();

        Slice<SetOverview> all = views.setsOf("pokemon", new Window(0, 10_000));

        assertThat(all.total()).isEqualTo(before + 1);
        assertThat(all.items()).extracting(SetOverview::id).contains(stored.setId().value());
        assertThat(all.items()).extracting(SetOverview::releaseDate).isSortedAccordingTo(
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        assertThat(views.setsOf("pokemon", new Window(before + 1, 5)).items()).isEmpty();
    }

    @Test
    void givenCardsOfASet_cardsOf_listsThemInNumberOrderNotTextOrder() {
        StoredSet stored = stored();

        assertThat(views.cardsOf(stored.setId(), new Window(0, 10))).extracting(CardOverview::localId)
                .containsExactly("4", "24", "46");
        assertThat(views.cardsOf(stored.setId(), new Window(1, 1))).extracting(CardOverview::localId).containsExactly("24");
    }

    @Test
    void givenStoredCard_card_loadsPrintingsSetLanguageFirstAndCompletesTheCardsIdsFromItsVariants() {
        StoredSet stored = stored();
        CardId charizard = stored.cardIds().get(set.key().externalId() + "-4");

        CardDetails details = views.card(charizard).orElseThrow();

        assertThat(details.id()).isEqualTo(charizard.value());
        assertThat(details.card().name()).isEqualTo("Charizard");
        assertThat(details.card().collectorNumber()).isEqualTo("4/102");
        assertThat(details.card().evolvesFrom()).isEqualTo("Charmeleon");
        assertThat(details.card().setId()).isEqualTo(stored.setId().value());
        assertThat(details.set().code()).isEqualTo(set.code());
        assertThat(details.printings()).extracting(p -> p.language() + "/" + p.printRun())
                .containsExactly("en/unlimited", "en/1st_edition", "de/unlimited");
        assertThat(details.variants()).hasSize(3).allSatisfy(variant -> assertThat(variant.finish()).isEqualTo("holofoil"));
        assertThat(details.crossReferences().cardmarketProductId()).isEqualTo(273699L);
        assertThat(details.crossReferences().tcgplayerProductId()).isEqualTo(42382L);
        assertThat(views.card(UNKNOWN_CARD)).isEmpty();
    }

    @Test
    void givenCardWithYugiohAndLorcanaIds_card_readsThemBackAndCompletesTheCardsIdsFromItsVariants() {
        CardSet other = CatalogueFixtures.baseSet();
        Variant german = Variant.plain(Finish.NORMAL).withCrossReferences(CrossReferences.lorcana(null, "1/204 DE 1"));
        Variant english = Variant.plain(Finish.NORMAL).withCrossReferences(CrossReferences.lorcana(null, "1/204 EN 1"));
        Card card = Card.catalogue(other.key().externalId() + "-1", other.numberFor("1"),
                new LocalizedNames(Map.of(Language.ENGLISH, "Pot of Greed", CatalogueFixtures.GERMAN, "Topf der Gier")),
                CardFacts.unknown(), new CrossReferences(null, null, null, null, null, 55144522L, 4844L, "55144522",
                        "001-001", null),
                List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(english)),
                        new Printing(CatalogueFixtures.GERMAN, PrintRun.UNLIMITED, List.of(german))));
        StoredSet stored = store(CatalogueFixtures.MTG, other, List.of(card));

        CardDetails details = views.card(stored.cardIds().get(card.externalId())).orElseThrow();

        assertThat(details.crossReferences()).isEqualTo(new CrossReferences(null, null, null, null, null, 55144522L, 4844L,
                "55144522", "001-001", "1/204 EN 1"));
        assertThat(details.variants()).extracting(variant -> variant.crossReferences().ravensburgerId())
                .containsExactlyInAnyOrder("1/204 EN 1", "1/204 DE 1");
    }

    @Test
    void givenKnownAndUnknownIds_cards_loadsOnlyTheKnownOnes() {
        StoredSet stored = stored();
        List<CardId> ids = List.of(stored.cardIds().get(set.key().externalId() + "-46"), UNKNOWN_CARD,
                stored.cardIds().get(set.key().externalId() + "-24"));

        assertThat(views.cards(ids)).extracting(CardDetails::card).extracting(CardOverview::name)
                .containsExactlyInAnyOrder("Charmander", "Charmeleon");
        assertThat(views.cards(List.of())).isEmpty();
    }

    @Test
    void givenNamesInSeveralLanguages_cards_matchesAnyLanguageIgnoringCaseAndAccents() {
        StoredSet stored = stored();
        Long setId = stored.setId().value();

        assertThat(views.cards(new CardCriteria(null, setId, "GLURAK", null, null), new Window(0, 10)).items())
                .extracting(CardOverview::name).containsExactly("Charizard");
        assertThat(views.cards(new CardCriteria("pokemon", setId, "salameche", null, null), new Window(0, 10)).items())
                .extracting(CardOverview::name).containsExactly("Charmander");
        assertThat(views.cards(new CardCriteria(null, setId, "char", null, null), new Window(0, 10)).items())
                .extracting(CardOverview::localId).containsExactly("4", "24", "46");
        assertThat(views.cards(new CardCriteria("mtg", setId, "char", null, null), new Window(0, 10)).items()).isEmpty();
    }

    @Test
    void givenNumbers_cards_matchesTheFullNumberExactlyOrTheBareLocalId() {
        Long setId = stored().setId().value();

        assertThat(views.cards(new CardCriteria(null, setId, null, "4/102", null), new Window(0, 10)).items())
                .extracting(CardOverview::name).containsExactly("Charizard");
        assertThat(views.cards(new CardCriteria(null, setId, null, "24", null), new Window(0, 10)).items())
                .extracting(CardOverview::name).containsExactly("Charmeleon");
        assertThat(views.cards(new CardCriteria(null, setId, null, "4/103", null), new Window(0, 10)).items()).isEmpty();
    }

    @Test
    void givenFilters_cards_countsEveryMatchBeyondTheWindow() {
        Long setId = stored().setId().value();

        Slice<CardOverview> page = views.cards(new CardCriteria("pokemon", setId, null, null, null), new Window(1, 1));
        assertThat(page.items()).extracting(CardOverview::localId).containsExactly("24");
        assertThat(page.total()).isEqualTo(3);
        assertThat(views.cards(new CardCriteria(null, setId, null, null, "rare"), new Window(0, 10)).items())
                .extracting(CardOverview::name).containsExactly("Charizard");
    }

    @Test
    void givenANameInSeveralSets_firstCards_listsOldestSetFirstThenNumberOrder_upToTheLimit() {
        String token = "Vexo" + Long.toString(System.nanoTime(), 36);
        CardSet oldest = CatalogueFixtures.baseSet();
        CardSet middle = CatalogueFixtures.baseSet();
        CardSet newest = CatalogueFixtures.baseSet();
        // stored newest first, and within a set against number order: neither insertion nor id order may show
        store(POKEMON, newest, List.of(named(newest, "1", token + " Newest")));
        store(POKEMON, oldest, List.of(named(oldest, "10", token + " Ten"), named(oldest, "2a", token + " Two A"),
                named(oldest, "2", "Gamma " + token), named(oldest, "3", "Unrelated")));
        store(POKEMON, middle, List.of(named(middle, "7", token.toUpperCase(Locale.ROOT) + " Middle")));
        CardCriteria byName = new CardCriteria(null, null, token.toLowerCase(Locale.ROOT), null, null);

        for (int round = 0; round < 2; round++) { // a second read, once an index has caught up with the stored sets
            assertThat(views.firstCards(byName, 2)).extracting(CardOverview::localId).containsExactly("2", "2a");
            assertThat(views.firstCards(byName, 3)).extracting(CardOverview::localId).containsExactly("2", "2a", "10");
            assertThat(views.firstCards(byName, 100)).extracting(CardOverview::localId).containsExactly("2", "2a", "10", "7", "1");
            assertThat(views.firstCards(byName, 100)).isEqualTo(views.cards(byName, new Window(0, 100)).items());
            assertThat(views.firstCards(new CardCriteria("pokemon", null, token, null, null), 4))
                    .isEqualTo(views.cards(new CardCriteria("pokemon", null, token, null, null), new Window(0, 4)).items());
            assertThat(views.firstCards(new CardCriteria("mtg", null, token, null, null), 10)).isEmpty();
            assertThat(views.firstCards(new CardCriteria(null, null, token + "zzz", null, null), 10)).isEmpty();
            assertThat(views.firstCards(new CardCriteria(null, null, token, "10", null), 10))
                    .extracting(CardOverview::name).containsExactly(token + " Ten");
        }
    }

    private static Card named(CardSet set, String localId, String name) {
        return Card.catalogue(set.key().externalId() + "-" + localId, set.numberFor(localId), LocalizedNames.of(Language.ENGLISH, name),
                new CardFacts("Pokemon", "Common", 50, List.of("Fire"), "Basic", null, List.of(), "Mitsuhiro Arita"),
                CrossReferences.none(), List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(Variant.plain(Finish.NORMAL)))));
    }

    @Test
    void givenAnEvolutionLine_cardsNamedAndCardsEvolvingFrom_findItsNeighbours() {
        StoredSet stored = stored();
        CardId charmander = stored.cardIds().get(set.key().externalId() + "-46");
        CardId charmeleon = stored.cardIds().get(set.key().externalId() + "-24");

        List<CardOverview> named = views.cardsNamed("pokemon", "en", "Charmander");
        assertThat(named).extracting(CardOverview::id).contains(charmander.value());
        assertThat(named).extracting(CardOverview::name).containsOnly("Charmander");
        assertThat(views.cardsEvolvingFrom("pokemon", "en", "Charmander")).extracting(CardOverview::id)
                .contains(charmeleon.value()).doesNotContain(charmander.value());
        assertThat(views.cardsNamed("pokemon", "ja", "Charmander")).extracting(CardOverview::id)
                .doesNotContain(charmander.value());
        assertThat(views.cardsNamed("mtg", "en", "Charmander")).isEmpty();
    }

    @Test
    void givenANewestSet_cardsReleasedSince_listsItsCardsInNumberOrderUpToTheLimit() {
        StoredSet stored = stored();

        Slice<CardOverview> recent = views.cardsReleasedSince(set.releaseDate(), Optional.of("pokemon"), 2);

        assertThat(recent.items()).extracting(CardOverview::setId).containsOnly(stored.setId().value());
        assertThat(recent.items()).extracting(CardOverview::localId).containsExactly("4", "24");
        assertThat(recent.total()).isEqualTo(3);
        assertThat(views.cardsReleasedSince(set.releaseDate(), Optional.of("mtg"), 2).total()).isZero();
        assertThat(views.cardsReleasedSince(set.releaseDate().plusDays(1), Optional.empty(), 10).items())
                .extracting(CardOverview::setId).doesNotContain(stored.setId().value());
    }

    @Test
    void givenSealedProducts_sealedProducts_filtersBySetAndSealedProduct_checksTheGame() {
        CardSetId setId = stored().setId();
        long box = addSealedProduct("pokemon", Optional.of(setId), "Booster Box");
        long tin = addSealedProduct("pokemon", Optional.empty(), "Collector Tin");

        assertThat(sealed.sealedProducts("pokemon", Optional.of(setId), new Window(0, 10)).items())
                .extracting(SealedProduct::id).containsExactly(box);
        Slice<SealedProduct> all = sealed.sealedProducts("pokemon", Optional.empty(), new Window(0, 10_000));
        assertThat(all.items()).extracting(SealedProduct::id).contains(box, tin);
        assertThat(all.total()).isGreaterThanOrEqualTo(2);
        assertThat(sealed.sealedProduct("pokemon", box)).map(SealedProduct::name).contains("Booster Box");
        assertThat(sealed.sealedProduct("pokemon", box)).map(SealedProduct::setId).contains(setId.value());
        assertThat(sealed.sealedProduct("mtg", box)).isEmpty();
        assertThat(sealed.sealedProducts("mtg", Optional.empty(), new Window(0, 10)).items())
                .extracting(SealedProduct::id).doesNotContain(box, tin);
    }
}
