package io.cardvault.adapter.out.sources.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.sources.mtgjson.MtgjsonDump;
import io.cardvault.adapter.out.sources.tcgdex.SliceSource;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.deck.Deck;
import io.cardvault.domain.deck.DeckLegality;
import io.cardvault.domain.deck.DeckSection;
import io.cardvault.domain.deck.LegalityProblem;
import io.cardvault.domain.deck.LegalityVerdict;
import io.cardvault.domain.deck.PlayableCard;
import io.cardvault.domain.deck.PokemonFormats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deck legality on real cards: the MTGJSON and tcgdex dumps from ../shared/data read through the
 * import's own mappers (so legalities, colour identity, supertypes and regulation marks are what the
 * catalogue stores), judged by the domain's rules.
 */
class RealCardDeckLegalityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final AccountId OWNER = new AccountId(1);
    /** Magic cards by "SET/Name", Pokémon cards by tcgdex id. */
    private static final Map<String, PlayableCard> CARDS = new HashMap<>();
    private static final Set<String> MAGIC = Set.of("LEA/Black Lotus", "LEA/Lightning Bolt", "LEA/Mountain", "LEA/Plains",
            "CHK/Isamaru, Hound of Konda", "LEA/Savannah Lions", "LEA/Mox Sapphire");
    private static final Set<String> POKEMON = Set.of("swsh1-2", "me01-001", "base4-125", "base4-1");

    private final DeckLegality rules = new DeckLegality(PokemonFormats.official());

    @BeforeAll
    static void readTheRealCards() {
        read(MtgjsonDump.whole().open("mtgjson").orElseThrow(), true);
        read(SliceSource.whole().open("tcgdex-en").orElseThrow(), false);
    }

    private static void read(CatalogueFeed opened, boolean magic) {
        try (CatalogueFeed feed = opened) {
            Map<String, CardSet> sets = new HashMap<>();
            feed.sets().forEach(set -> sets.put(set.key().externalId(), set));
            feed.rows().forEach(row -> {
                if (row instanceof SourceRow.Parsed parsed) {
                    CardSet set = sets.get(parsed.setExternalId());
                    String name = parsed.card().nameIn(Language.ENGLISH).orElse("");
                    String key = magic ? parsed.setExternalId() + "/" + name : parsed.card().externalId();
                    if ((magic ? MAGIC : POKEMON).contains(key)) {
                        CARDS.putIfAbsent(key, new PlayableCard(new CardId(CARDS.size() + 1L), name, feed.gameSlug(),
                                parsed.card().facts().category(), parsed.card().facts().rarity(), set.code(),
                                set.released().orElse(null), parsed.card().legalities(), parsed.card().traits()));
                    }
                }
            });
        }
    }

    private static PlayableCard card(String key) {
        assertThat(CARDS).containsKey(key);
        return CARDS.get(key);
    }

    private LegalityVerdict judge(String game, String format, Object... linesThenCounts) {
        Deck deck = Deck.start(OWNER, "test", game, Optional.of(format), false, Instant.EPOCH);
        Map<CardId, PlayableCard> cards = new HashMap<>();
        for (int i = 0; i < linesThenCounts.length; i += 3) {
            PlayableCard card = card((String) linesThenCounts[i]);
            cards.put(card.id(), card);
            deck = deck.addCopies(card.id(), (DeckSection) linesThenCounts[i + 1], (Integer) linesThenCounts[i + 2], Instant.EPOCH);
        }
        return rules.judge(deck, cards, DAY);
    }

    private static List<String> rulesBroken(LegalityVerdict verdict) {
        return verdict.problems().stream().map(LegalityProblem::rule).toList();
    }

    @Test
    void sixty_mountains_and_bolts_are_a_legal_modern_deck() {
        LegalityVerdict verdict = judge("mtg", "modern", "LEA/Mountain", DeckSection.MAIN, 56, "LEA/Lightning Bolt", DeckSection.MAIN, 4);
        assertThat(verdict.status()).isEqualTo(LegalityVerdict.Status.LEGAL);
        assertThat(verdict.ruleset()).isEqualTo("mtg-constructed");
    }

    @Test
    void black_lotus_is_banned_in_legacy_and_named() {
        LegalityVerdict verdict = judge("mtg", "legacy", "LEA/Mountain", DeckSection.MAIN, 59, "LEA/Black Lotus", DeckSection.MAIN, 1);
        assertThat(verdict.status()).isEqualTo(LegalityVerdict.Status.ILLEGAL);
        assertThat(verdict.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo("banned");
            assertThat(problem.cardName()).contains("Black Lotus");
            assertThat(problem.message()).contains("Black Lotus").contains("banned in legacy");
        });
    }

    @Test
    void a_restricted_card_allows_one_copy_in_vintage() {
        assertThat(judge("mtg", "vintage", "LEA/Mountain", DeckSection.MAIN, 59, "LEA/Black Lotus", DeckSection.MAIN, 1).status())
                .isEqualTo(LegalityVerdict.Status.LEGAL);
        LegalityVerdict two = judge("mtg", "vintage", "LEA/Mountain", DeckSection.MAIN, 58, "LEA/Mox Sapphire", DeckSection.MAIN, 2);
        assertThat(two.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo("restricted");
            assertThat(problem.message()).contains("Mox Sapphire is restricted in vintage");
        });
    }

    @Test
    void five_copies_break_the_four_copy_rule_but_basic_lands_do_not() {
        LegalityVerdict verdict = judge("mtg", "modern", "LEA/Mountain", DeckSection.MAIN, 55, "LEA/Lightning Bolt", DeckSection.MAIN, 5);
        assertThat(rulesBroken(verdict)).containsExactly("copy_limit");
        assertThat(verdict.problems().get(0).message()).contains("Lightning Bolt has 5");
    }

    @Test
    void the_sideboard_counts_towards_the_four_copies() {
        LegalityVerdict verdict = judge("mtg", "modern", "LEA/Mountain", DeckSection.MAIN, 57, "LEA/Lightning Bolt", DeckSection.MAIN, 3,
                "LEA/Lightning Bolt", DeckSection.SIDEBOARD, 2);
        assertThat(rulesBroken(verdict)).containsExactly("copy_limit");
    }

    @Test
    void a_59_card_deck_is_one_short() {
        LegalityVerdict verdict = judge("mtg", "modern", "LEA/Mountain", DeckSection.MAIN, 55, "LEA/Lightning Bolt", DeckSection.MAIN, 4);
        assertThat(verdict.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo("deck_size");
            assertThat(problem.message()).contains("at least 60").contains("has 59");
        });
    }

    @Test
    void a_commander_deck_refuses_an_off_colour_card() {
        LegalityVerdict verdict = judge("mtg", "commander", "CHK/Isamaru, Hound of Konda", DeckSection.COMMANDER, 1,
                "LEA/Plains", DeckSection.MAIN, 97, "LEA/Savannah Lions", DeckSection.MAIN, 1, "LEA/Lightning Bolt", DeckSection.MAIN, 1);
        assertThat(verdict.ruleset()).isEqualTo("mtg-commander");
        assertThat(verdict.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo("colour_identity");
            assertThat(problem.cardName()).contains("Lightning Bolt");
            assertThat(problem.message()).contains("colour identity R").contains("outside the commander's (W)");
        });
    }

    @Test
    void a_commander_deck_is_singleton_and_exactly_100() {
        LegalityVerdict verdict = judge("mtg", "commander", "CHK/Isamaru, Hound of Konda", DeckSection.COMMANDER, 1,
                "LEA/Plains", DeckSection.MAIN, 97, "LEA/Savannah Lions", DeckSection.MAIN, 2);
        assertThat(rulesBroken(verdict)).containsExactlyInAnyOrder("singleton");
        LegalityVerdict short99 = judge("mtg", "commander", "CHK/Isamaru, Hound of Konda", DeckSection.COMMANDER, 1,
                "LEA/Plains", DeckSection.MAIN, 98);
        assertThat(short99.status()).isEqualTo(LegalityVerdict.Status.ILLEGAL);
        assertThat(rulesBroken(short99)).containsExactly("deck_size");
        LegalityVerdict full = judge("mtg", "commander", "CHK/Isamaru, Hound of Konda", DeckSection.COMMANDER, 1,
                "LEA/Plains", DeckSection.MAIN, 99);
        assertThat(full.status()).isEqualTo(LegalityVerdict.Status.LEGAL);
    }

    @Test
    void a_pokemon_card_with_a_rotated_regulation_mark_is_not_standard() {
        LegalityVerdict verdict = judge("pokemon", "standard", "swsh1-2", DeckSection.MAIN, 4, "base4-125", DeckSection.MAIN, 56);
        assertThat(verdict.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo("regulation_mark");
            assertThat(problem.cardName()).contains("Roselia");
            assertThat(problem.message()).contains("regulation mark D").contains("rotated out of Standard");
        });
        // the same card is fine in Expanded: Sword & Shield is after Black & White
        assertThat(judge("pokemon", "expanded", "swsh1-2", DeckSection.MAIN, 4, "base4-125", DeckSection.MAIN, 56).status())
                .isEqualTo(LegalityVerdict.Status.LEGAL);
    }

    @Test
    void a_current_pokemon_deck_with_basic_energy_is_standard_legal() {
        PlayableCard energy = card("base4-125");
        assertThat(energy.traits().isBasic()).isTrue();
        LegalityVerdict verdict = judge("pokemon", "standard", "me01-001", DeckSection.MAIN, 4, "base4-125", DeckSection.MAIN, 56);
        assertThat(verdict.status()).isEqualTo(LegalityVerdict.Status.LEGAL);
        assertThat(verdict.ruleset()).isEqualTo("pokemon-standard");
    }

    @Test
    void five_pokemon_copies_and_59_cards_are_named() {
        LegalityVerdict verdict = judge("pokemon", "standard", "me01-001", DeckSection.MAIN, 5, "base4-125", DeckSection.MAIN, 54);
        assertThat(rulesBroken(verdict)).containsExactlyInAnyOrder("copy_limit", "deck_size");
    }

    @Test
    void a_base_set_card_is_not_expanded() {
        LegalityVerdict verdict = judge("pokemon", "expanded", "base4-1", DeckSection.MAIN, 4, "base4-125", DeckSection.MAIN, 56);
        assertThat(verdict.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo("set_not_legal");
            assertThat(problem.message()).contains("Alakazam (B2)").contains("not legal in Expanded");
        });
    }

    @Test
    void other_games_get_the_generic_answer_said_as_such() {
        Deck deck = Deck.start(OWNER, "Lorcana", "lorcana", Optional.empty(), false, Instant.EPOCH);
        LegalityVerdict verdict = rules.judge(deck, Map.of(), DAY);
        assertThat(verdict.status()).isEqualTo(LegalityVerdict.Status.UNCHECKED);
        assertThat(verdict.legal()).isEmpty();
        assertThat(verdict.note()).startsWith("Generic answer");
    }
}
