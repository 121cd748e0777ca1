package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CatalogueStats;
import io.cardvault.application.port.out.catalogue.StoredSet;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.ChangeCounts;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardFacts;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.Game;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.SetKey;
import io.cardvault.domain.catalogue.Stamp;
import io.cardvault.domain.catalogue.Variant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link StoreCataloguePort} and {@link LoadCatalogueStatsPort}: every implementation
 * (the in-memory fake, the MariaDB adapter) must pass it. Each test uses a fresh set key, so an
 * implementation may keep its data between tests.
 */
public abstract class StoreCataloguePortContract {

    private static final AtomicInteger SETS = new AtomicInteger();
    protected static final Game POKEMON = new Game("pokemon", "Pokémon TCG");

    private StoreCataloguePort store;
    private LoadCatalogueStatsPort stats;
    private CardSet set;

    /** The implementation under test, knowing at least the game {@code pokemon}. */
    protected abstract StoreCataloguePort store();

    protected abstract LoadCatalogueStatsPort stats();

    @BeforeEach
    void freshSet() {
        store = store();
        stats = stats();
        set = new CardSet(new SetKey("contract", "base" + SETS.incrementAndGet() + "-" + System.nanoTime()), "BS",
                new LocalizedNames(Map.of(Language.ENGLISH, "Base Set", Language.of("fr"), "Set de Base")),
                "Base", LocalDate.of(1999, 1, 9), 102, Language.ENGLISH, new TreeSet<>(List.of(Language.of("fr"))),
                false, CrossReferences.marketplaces(1523L, 604L));
    }

    @Test
    void givenCompletedImport_recordImportCompleted_listsItsSourceOnceEvenWhenRecordedAgain() {
        String source = "contract-source-" + SETS.incrementAndGet();
        assertThat(store.importedSources()).doesNotContain(source);

        store.recordImportCompleted(source);
        store.recordImportCompleted(source);

        assertThat(store.importedSources()).contains(source);
    }

    @Test
    void givenKnownAndUnknownGames_findGame_answersOnlyKnownOnes() {
        assertThat(store.findGame("pokemon")).isPresent();
        assertThat(store.findGame("no-such-game")).isEmpty();
    }

    @Test
    void givenNewSet_storeSet_insertsEveryRowAndCountsIt() {
        CatalogueStats before = stats.loadStats().orElseThrow();

        StoredSet stored = store.storeSet(POKEMON, set, List.of(charizard(), blastoise()));

        assertThat(stored.cardIds()).containsOnlyKeys("base1-4", "base1-2");
        assertThat(stored.changes()).isEqualTo(new ChangeCounts(1, 0, 2, 0, 4, 0, 5, 0));
        CatalogueStats after = stats.loadStats().orElseThrow();
        assertThat(after.sets() - before.sets()).isEqualTo(1);
        assertThat(after.cards() - before.cards()).isEqualTo(2);
        assertThat(after.printings() - before.printings()).isEqualTo(4);
        assertThat(after.variants() - before.variants()).isEqualTo(5);
        assertThat(after.perGame().get("pokemon").cards() - cardsOfPokemon(before)).isEqualTo(2);
    }

    @Test
    void givenStoredSet_storeSetAgain_keepsIdsAndChangesNothing() {
        StoredSet first = store.storeSet(POKEMON, set, List.of(charizard(), blastoise()));
        CatalogueStats before = stats.loadStats().orElseThrow();

        StoredSet second = store.storeSet(POKEMON, set, List.of(charizard(), blastoise()));

        assertThat(second.setId()).isEqualTo(first.setId());
        assertThat(second.cardIds()).isEqualTo(first.cardIds());
        assertThat(second.changes().isZero()).isTrue();
        CatalogueStats after = stats.loadStats().orElseThrow();
        assertThat(List.of(after.sets(), after.cards(), after.printings(), after.variants()))
                .isEqualTo(List.of(before.sets(), before.cards(), before.printings(), before.variants()));
    }

    @Test
    void givenChangedCardAndNewVariant_storeSet_updatesInPlaceAndInsertsOnlyTheNewVariant() {
        StoredSet first = store.storeSet(POKEMON, set, List.of(charizard(), blastoise()));
        Card renamed = Card.catalogue("base1-2", set.numberFor("2"), LocalizedNames.of(Language.ENGLISH, "Blastoise (corrected)"),
                CardFacts.unknown(), CrossReferences.none(), List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED,
                        List.of(Variant.plain(Finish.HOLOFOIL), Variant.of(Finish.HOLOFOIL, null, List.of(Stamp.of("staff")), null, null, null)))));

        StoredSet second = store.storeSet(POKEMON, set, List.of(charizard(), renamed));

        assertThat(second.cardIds()).isEqualTo(first.cardIds());
        assertThat(second.changes()).isEqualTo(new ChangeCounts(0, 0, 0, 1, 0, 0, 1, 0));
    }

    @Test
    void images_count_the_cards_a_picture_source_addresses() {
        CardSet tcgdexSet = new CardSet(new SetKey("tcgdex-contract", "base" + SETS.incrementAndGet() + "-" + System.nanoTime()),
                "BS", LocalizedNames.of(Language.ENGLISH, "Base Set"), "Base", LocalDate.of(1999, 1, 9), 102, Language.ENGLISH,
                null, false, null, "base");
        Card blackLotus = Card.catalogue("b0faa7f2-b547-42c4-a810-839da50dadfe", set.numberFor("232"),
                LocalizedNames.of(Language.ENGLISH, "Black Lotus"), CardFacts.unknown(),
                new CrossReferences(null, null, null, null, java.util.UUID.fromString("b0faa7f2-b547-42c4-a810-839da50dadfe"), null),
                List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(Variant.plain(Finish.NORMAL)))));
        CatalogueStats before = stats.loadStats().orElseThrow();

        store.storeSet(POKEMON, set, List.of(charizard(), blastoise()));
        store.storeSet(POKEMON, tcgdexSet, List.of(charizard(), blastoise()));
        store.storeSet(POKEMON, set, List.of(charizard(), blastoise(), blackLotus));

        // the plain set's two cards have no picture source; the tcgdex set's two and the Scryfall-id card have
        assertThat(stats.loadStats().orElseThrow().images() - before.images()).isEqualTo(3);
    }

    private static long cardsOfPokemon(CatalogueStats stats) {
        CatalogueStats.GameCounts counts = stats.perGame().get("pokemon");
        return counts == null ? 0 : counts.cards();
    }

    private Card charizard() {
        Variant unlimited = Variant.plain(Finish.HOLOFOIL).withCrossReferences(CrossReferences.marketplaces(273699L, 42382L));
        return Card.catalogue("base1-4", set.numberFor("4"),
                new LocalizedNames(Map.of(Language.ENGLISH, "Charizard", Language.of("fr"), "Dracaufeu")),
                new CardFacts("Pokemon", "Rare", 120, List.of("Fire"), "Stage2", LocalizedNames.of(Language.ENGLISH, "Charmeleon"),
                        List.of(6), "Mitsuhiro Arita"),
                CrossReferences.marketplaces(273699L, 42382L),
                List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(unlimited,
                                Variant.of(Finish.HOLOFOIL, null, null, null, "1999-2000-copyright", null))),
                        new Printing(Language.ENGLISH, PrintRun.SHADOWLESS, List.of(Variant.plain(Finish.HOLOFOIL))),
                        new Printing(Language.of("fr"), PrintRun.UNLIMITED, List.of(Variant.plain(Finish.HOLOFOIL)))));
    }

    private Card blastoise() {
        return Card.catalogue("base1-2", set.numberFor("2"), LocalizedNames.of(Language.ENGLISH, "Blastoise"),
                CardFacts.unknown(), CrossReferences.none(),
                List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(Variant.plain(Finish.HOLOFOIL)))));
    }
}
