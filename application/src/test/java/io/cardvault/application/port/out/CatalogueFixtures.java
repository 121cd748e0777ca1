package io.cardvault.application.port.out;

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
import io.cardvault.domain.catalogue.Variant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small Base Set shared by the catalogue contracts and the service tests: Charmander (46),
 * Charmeleon (24) and Charizard (4), one evolution line, with names in three languages and
 * Charizard printed in English (unlimited and 1st Edition) and German. Every set made here has
 * a key, a code and a release date of its own, so contracts may keep data between tests.
 */
public final class CatalogueFixtures {

    public static final Game POKEMON = new Game("pokemon", "Pokémon TCG");
    public static final Game MTG = new Game("mtg", "Magic: The Gathering");
    public static final Language GERMAN = Language.of("de");
    public static final Language FRENCH = Language.of("fr");

    private static final AtomicInteger SETS = new AtomicInteger();

    private CatalogueFixtures() {
    }

    /** A new English set with 102 cards printed after the slash, released on a day no other fixture set has. */
    public static CardSet baseSet() {
        int n = SETS.incrementAndGet();
        String unique = n + "-" + Long.toString(System.nanoTime(), 36);
        return new CardSet(new SetKey("fixture", "base-" + unique), "B" + unique,
                new LocalizedNames(Map.of(Language.ENGLISH, "Base Set " + unique, FRENCH, "Set de Base " + unique)),
                "Base", LocalDate.of(2100, 1, 1).plusDays(n * 10L + System.nanoTime() % 7), 102, Language.ENGLISH,
                new TreeSet<>(List.of(GERMAN, FRENCH)), false, CrossReferences.none());
    }

    /** Charmander, Charmeleon and Charizard of {@code set}, in that order. */
    public static List<Card> evolutionLine(CardSet set) {
        return List.of(charmander(set), charmeleon(set), charizard(set));
    }

    public static Card charmander(CardSet set) {
        return Card.catalogue(set.key().externalId() + "-46", set.numberFor("46"),
                new LocalizedNames(Map.of(Language.ENGLISH, "Charmander", FRENCH, "Salamèche")),
                new CardFacts("Pokemon", "Common", 50, List.of("Fire"), "Basic", null, List.of(4), "Mitsuhiro Arita"),
                CrossReferences.none(), List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(Variant.plain(Finish.NORMAL)))));
    }

    public static Card charmeleon(CardSet set) {
        return Card.catalogue(set.key().externalId() + "-24", set.numberFor("24"), LocalizedNames.of(Language.ENGLISH, "Charmeleon"),
                new CardFacts("Pokemon", "Uncommon", 80, List.of("Fire"), "Stage1", LocalizedNames.of(Language.ENGLISH, "Charmander"),
                        List.of(5), "Mitsuhiro Arita"),
                CrossReferences.none(), List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(Variant.plain(Finish.NORMAL)))));
    }

    /** Carries no marketplace id of its own: its unlimited holo variant carries Cardmarket's and TCGplayer's. */
    public static Card charizard(CardSet set) {
        Variant unlimited = Variant.plain(Finish.HOLOFOIL).withCrossReferences(CrossReferences.marketplaces(273699L, 42382L));
        return Card.catalogue(set.key().externalId() + "-4", set.numberFor("4"),
                new LocalizedNames(Map.of(Language.ENGLISH, "Charizard", GERMAN, "Glurak", FRENCH, "Dracaufeu")),
                new CardFacts("Pokemon", "Rare", 120, List.of("Fire"), "Stage2", LocalizedNames.of(Language.ENGLISH, "Charmeleon"),
                        List.of(6), "Mitsuhiro Arita"),
                CrossReferences.none(),
                List.of(new Printing(GERMAN, PrintRun.UNLIMITED, List.of(Variant.plain(Finish.HOLOFOIL))),
                        new Printing(Language.ENGLISH, PrintRun.FIRST_EDITION, List.of(Variant.plain(Finish.HOLOFOIL))),
                        new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(unlimited))));
    }
}
