package io.cardvault.application.port.out;

import static io.cardvault.application.port.out.CatalogueFixtures.POKEMON;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.catalogue.ImportCandidateQuery;
import io.cardvault.application.port.out.catalogue.ImportableSet;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardFacts;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.Game;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Variant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link LoadImportCandidatesPort}: every implementation (the in-memory fake, the
 * MariaDB read view) must pass it. Each test stores sets of its own (see {@link CatalogueFixtures})
 * and asks only about them, so an implementation may keep data between tests.
 */
public abstract class LoadImportCandidatesPortContract {

    private static final AtomicLong PRODUCT_IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L + 2_000_000_000L);

    /** The port under test, over a store knowing at least the game {@code pokemon}. */
    protected abstract LoadImportCandidatesPort port();

    /** Stores a set with its cards as the catalogue import does. */
    protected abstract StoredSet store(Game game, CardSet set, List<Card> cards);

    private static ImportCandidateQuery query(Set<CardId> ids, Set<Long> tcgplayer, Set<Long> cardmarket, Set<CardSetId> sets,
                                              Set<String> numbers, Set<String> names) {
        return new ImportCandidateQuery(ids, tcgplayer, cardmarket, sets, numbers, names);
    }

    private static List<String> names(List<CardDetails> cards) {
        return cards.stream().map(card -> card.card().name()).toList();
    }

    @Test
    void a_stored_set_is_listed_with_its_game_code_language_and_every_name_display_name_first() {
        CardSet set = CatalogueFixtures.baseSet();
        StoredSet stored = store(POKEMON, set, CatalogueFixtures.evolutionLine(set));

        ImportableSet listed = port().sets().stream().filter(candidate -> candidate.id().equals(stored.setId()))
                .findFirst().orElseThrow();

        assertThat(listed.gameSlug()).isEqualTo("pokemon");
        assertThat(listed.code()).isEqualTo(set.code());
        assertThat(listed.language()).isEqualTo("en");
        assertThat(listed.displayName()).isEqualTo(set.displayName());
        assertThat(listed.names()).containsExactlyInAnyOrderElementsOf(set.names().byLanguage().values());
    }

    @Test
    void cards_named_by_id_come_with_their_set_printings_and_variants() {
        CardSet set = CatalogueFixtures.baseSet();
        StoredSet stored = store(POKEMON, set, CatalogueFixtures.evolutionLine(set));
        CardId charizard = stored.cardIds().get(set.key().externalId() + "-4");

        List<CardDetails> found = port().candidates(query(Set.of(charizard), Set.of(), Set.of(), Set.of(), Set.of(), Set.of()));

        assertThat(found).hasSize(1);
        CardDetails card = found.get(0);
        assertThat(card.card().name()).isEqualTo("Charizard");
        assertThat(card.card().setId()).isEqualTo(stored.setId().value());
        assertThat(card.card().localId()).isEqualTo("4");
        assertThat(card.printings()).extracting(printing -> printing.language() + "|" + printing.printRun())
                .containsExactlyInAnyOrder("en|unlimited", "en|1st_edition", "de|unlimited");
        assertThat(card.printings().get(0).language()).isEqualTo("en");
        assertThat(card.variants()).extracting(variant -> variant.finish()).containsOnly("holofoil");
    }

    @Test
    void numbers_match_local_ids_ignoring_leading_zeros_and_only_within_the_sets_asked_for() {
        CardSet asked = CatalogueFixtures.baseSet();
        CardSet other = CatalogueFixtures.baseSet();
        StoredSet stored = store(POKEMON, asked, CatalogueFixtures.evolutionLine(asked));
        store(POKEMON, other, CatalogueFixtures.evolutionLine(other));

        List<CardDetails> found = port().candidates(query(Set.of(), Set.of(), Set.of(), Set.of(stored.setId()),
                Set.of("004", "24"), Set.of()));

        assertThat(names(found)).containsExactlyInAnyOrder("Charizard", "Charmeleon");
        assertThat(found).allSatisfy(card -> assertThat(card.card().setId()).isEqualTo(stored.setId().value()));
    }

    @Test
    void names_match_ignoring_case_and_accents_within_the_sets_asked_for() {
        CardSet set = CatalogueFixtures.baseSet();
        StoredSet stored = store(POKEMON, set, CatalogueFixtures.evolutionLine(set));

        List<CardDetails> found = port().candidates(query(Set.of(), Set.of(), Set.of(), Set.of(stored.setId()), Set.of(),
                Set.of("CHARMÉLEON", "charmander")));

        assertThat(names(found)).containsExactlyInAnyOrder("Charmeleon", "Charmander");
    }

    @Test
    void marketplace_products_find_the_card_whose_own_or_variant_ids_carry_them_in_any_set() {
        long tcgplayer = PRODUCT_IDS.incrementAndGet();
        long cardmarket = PRODUCT_IDS.incrementAndGet();
        long variantOnly = PRODUCT_IDS.incrementAndGet();
        CardSet set = CatalogueFixtures.baseSet();
        Card blastoise = Card.catalogue(set.key().externalId() + "-2", set.numberFor("2"), LocalizedNames.of(Language.ENGLISH, "Blastoise"),
                new CardFacts("Pokemon", "Rare", 100, List.of("Water"), "Stage2", null, List.of(9), "Ken Sugimori"),
                CrossReferences.marketplaces(cardmarket, tcgplayer),
                List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(Variant.plain(Finish.HOLOFOIL)))));
        Card venusaur = Card.catalogue(set.key().externalId() + "-15", set.numberFor("15"), LocalizedNames.of(Language.ENGLISH, "Venusaur"),
                new CardFacts("Pokemon", "Rare", 100, List.of("Grass"), "Stage2", null, List.of(3), "Mitsuhiro Arita"),
                CrossReferences.none(),
                List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(
                        Variant.plain(Finish.NORMAL),
                        Variant.plain(Finish.HOLOFOIL).withCrossReferences(CrossReferences.marketplaces(null, variantOnly))))));
        store(POKEMON, set, List.of(blastoise, venusaur));

        assertThat(names(port().candidates(query(Set.of(), Set.of(tcgplayer), Set.of(), Set.of(), Set.of(), Set.of()))))
                .containsExactly("Blastoise");
        assertThat(names(port().candidates(query(Set.of(), Set.of(), Set.of(cardmarket), Set.of(), Set.of(), Set.of()))))
                .containsExactly("Blastoise");
        assertThat(names(port().candidates(query(Set.of(), Set.of(variantOnly), Set.of(), Set.of(), Set.of(), Set.of()))))
                .containsExactly("Venusaur");
        assertThat(port().candidates(query(Set.of(), Set.of(), Set.of(variantOnly), Set.of(), Set.of(), Set.of()))).isEmpty();
    }

    @Test
    void an_empty_query_and_unknown_ids_find_nothing() {
        assertThat(port().candidates(query(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of()))).isEmpty();
        assertThat(port().candidates(query(Set.of(new CardId(999_999_999_999L)), Set.of(999_999_999_999L), Set.of(),
                Set.of(new CardSetId(999_999_999_999L)), Set.of("1"), Set.of("Charizard")))).isEmpty();
    }
}
