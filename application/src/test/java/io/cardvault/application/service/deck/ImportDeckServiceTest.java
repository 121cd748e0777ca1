package io.cardvault.application.service.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.deck.DeckImport;
import io.cardvault.application.port.in.deck.ImportDeckCommand;
import io.cardvault.application.port.in.deck.UnresolvedDeckLine;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.InMemoryDeckCards;
import io.cardvault.application.port.out.InMemoryDeckStore;
import io.cardvault.application.port.out.deck.CardPlayRules;
import io.cardvault.application.port.out.deck.DeckCardCandidate;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.SetKey;
import io.cardvault.domain.deck.DeckSection;
import io.cardvault.domain.deck.InvalidDeckDataException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportDeckServiceTest {

    private static final AccountId OWNER = new AccountId(7);

    private final InMemoryCatalogueViews catalogue = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON, CatalogueFixtures.MTG);
    private final InMemoryDeckCards deckCards = new InMemoryDeckCards();
    private final InMemoryDeckStore decks = new InMemoryDeckStore();
    private final ImportDeckService service = new ImportDeckService(decks, catalogue, deckCards);

    @BeforeEach
    void twoSetsBothPrintingCharmander() {
        store(set("TSA"), List.of(CatalogueFixtures.charmander(set("TSA")), CatalogueFixtures.charizard(set("TSA"))));
        store(set("TSB"), List.of(CatalogueFixtures.charmander(set("TSB"))));
    }

    private static CardSet set(String code) {
        return new CardSet(new SetKey("fixture", code), code, new LocalizedNames(Map.of(Language.ENGLISH, "Set " + code)),
                "Test", LocalDate.of(2024, 1, 1), 102, Language.ENGLISH, new TreeSet<>(List.of(Language.ENGLISH)), false,
                CrossReferences.none());
    }

    private void store(CardSet set, List<Card> cards) {
        var stored = catalogue.store(CatalogueFixtures.POKEMON, set, cards);
        for (Card card : cards) {
            deckCards.put("pokemon", new DeckCardCandidate(stored.cardIds().get(card.externalId()), card.nameIn(Language.ENGLISH).orElseThrow(),
                    set.code(), card.number().localId(), set.releaseDate()), CardPlayRules.none());
        }
    }

    private DeckImport importing(String text) {
        return service.importDeck(new ImportDeckCommand(OWNER, "pokemon", Optional.of("Fire"), Optional.of("standard"), false, text));
    }

    @Test
    void a_unique_name_resolves_and_an_ambiguous_one_is_listed_with_its_printings_never_picked() {
        DeckImport result = importing("""
                Pokémon: 6
                4 Charizard
                2 Charmander
                """);

        assertThat(result.imported()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(2);
            assertThat(line.cardName()).isEqualTo("Charizard");
            assertThat(line.quantity()).isEqualTo(4);
        });
        assertThat(result.unresolved()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(3);
            assertThat(line.reason()).isEqualTo("ambiguous");
            assertThat(line.candidates()).containsExactly("Charmander (TSA 46)", "Charmander (TSB 46)");
        });
        assertThat(result.deck().cards()).singleElement().satisfies(card -> assertThat(card.quantity()).isEqualTo(4));
        assertThat(decks.findByOwner(OWNER)).hasSize(1);
    }

    @Test
    void set_code_and_number_pick_the_printing_in_both_export_styles() {
        DeckImport result = importing("""
                3 Charmander TSB 046
                1 Charmander (TSA) 46
                """);

        assertThat(result.unresolved()).isEmpty();
        assertThat(result.imported()).extracting(line -> line.card()).doesNotHaveDuplicates().hasSize(2);
        assertThat(result.deck().cards()).extracting(card -> card.card().setCode()).containsExactlyInAnyOrder("TSA", "TSB");
    }

    @Test
    void unreadable_unknown_and_disagreeing_lines_are_reported_by_line_number() {
        DeckImport result = importing("""
                4 Charizard
                just some words
                1 Mewtwo
                2 Charizard TSB 46
                """);

        assertThat(result.unresolved()).extracting(UnresolvedDeckLine::line, UnresolvedDeckLine::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "unreadable"), org.assertj.core.groups.Tuple.tuple(3, "not_found"),
                        org.assertj.core.groups.Tuple.tuple(4, "not_found"));
        assertThat(result.unresolved().get(2).message()).contains("is Charmander, not Charizard");
    }

    @Test
    void a_sideboard_header_puts_the_following_cards_in_the_sideboard() {
        DeckImport result = importing("""
                Deck
                4 Charizard
                Sideboard
                1 Charmander (TSA) 46
                """);

        assertThat(result.imported()).extracting(line -> line.section()).containsExactly(DeckSection.MAIN, DeckSection.SIDEBOARD);
    }

    @Test
    void an_unknown_game_or_an_empty_list_is_refused() {
        assertThatThrownBy(() -> service.importDeck(new ImportDeckCommand(OWNER, "chess", Optional.empty(), Optional.empty(), false, "4 Pawn")))
                .isInstanceOf(InvalidDeckDataException.class).hasMessageContaining("chess");
        assertThatThrownBy(() -> new ImportDeckCommand(OWNER, "pokemon", Optional.empty(), Optional.empty(), false, "  "))
                .isInstanceOf(InvalidDeckDataException.class);
    }

    @Test
    void a_number_the_set_lacks_falls_back_to_the_name_in_that_set_only() {
        DeckImport inSet = importing("2 Charmander (TSB) 999");
        assertThat(inSet.unresolved()).isEmpty();
        assertThat(inSet.deck().cards()).singleElement().satisfies(card -> assertThat(card.card().setCode()).isEqualTo("TSB"));

        DeckImport elsewhere = importing("1 Charizard (TSB) 999");
        assertThat(elsewhere.unresolved()).singleElement().satisfies(line -> assertThat(line.reason()).isEqualTo("not_found"));
    }
}
