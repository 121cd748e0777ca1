package io.cardvault.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantSlugsTest {

    private static VariantDetails variant(long id, String finish) {
        return new VariantDetails(id, finish, null, List.of(), null, "standard", CrossReferences.none());
    }

    /** Charizard of an English set: a German unlimited holo listed first, English 1st Edition and unlimited holos. */
    private static final CardDetails CHARIZARD = new CardDetails(
            new CardOverview(4, 1, "pokemon", "Charizard", "4", "4/102", "Rare", "Pokemon", 120, "Fire", "Stage2", null,
                    null, "Base Set", "base1", LocalDate.of(1999, 1, 9), "en"),
            new SetOverview(1, 1, "pokemon", "Pokémon", "base1", "Base Set", "Base", LocalDate.of(1999, 1, 9), 102, 102, false,
                    "en"),
            CrossReferences.none(),
            List.of(new PrintingDetails(20, "de", "unlimited", List.of(variant(21, "holofoil"))),
                    new PrintingDetails(30, "en", "1st_edition", List.of(variant(31, "holofoil"))),
                    new PrintingDetails(40, "en", "unlimited", List.of(variant(41, "holofoil"), variant(42, "reverse_holofoil")))));

    @Test
    void a_word_names_the_variant_of_the_cards_own_language_first() {
        assertThat(VariantSlugs.find(CHARIZARD, "holo")).contains(new VariantId(41));
        assertThat(VariantSlugs.find(CHARIZARD, " 1st_Edition_Holo ")).contains(new VariantId(31));
        assertThat(VariantSlugs.find(CHARIZARD, "reverse-foil")).contains(new VariantId(42));
        assertThat(VariantSlugs.find(CHARIZARD, "foil")).contains(new VariantId(41));
    }

    @Test
    void a_word_the_card_has_no_variant_for_finds_nothing() {
        assertThat(VariantSlugs.find(CHARIZARD, "shadowless_holo")).isEmpty();
        assertThat(VariantSlugs.find(CHARIZARD, "normal")).isEmpty();
    }

    @Test
    void every_variant_has_its_word_and_the_card_lists_them_without_repeats() {
        assertThat(VariantSlugs.of(CHARIZARD, new VariantId(31))).contains("1st_edition_holo");
        assertThat(VariantSlugs.of(CHARIZARD, new VariantId(21))).contains("holo");
        assertThat(VariantSlugs.of(CHARIZARD, new VariantId(99))).isEmpty();
        assertThat(VariantSlugs.all(CHARIZARD)).containsExactly("1st_edition_holo", "holo", "reverse_holo");
    }
}
