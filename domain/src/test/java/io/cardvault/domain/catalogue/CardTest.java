package io.cardvault.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardTest {

    private static final Language FRENCH = Language.of("fr");
    private static final LocalizedNames CHARIZARD = new LocalizedNames(Map.of(Language.ENGLISH, "Charizard", FRENCH, "Dracaufeu"));

    @Test
    void givenBaseSetCharizard_printings_areFoundByLanguageAndPrintRun() {
        Card card = charizard(List.of(
                holo(Language.ENGLISH, PrintRun.UNLIMITED),
                holo(Language.ENGLISH, PrintRun.FIRST_EDITION),
                holo(Language.ENGLISH, PrintRun.SHADOWLESS),
                holo(FRENCH, PrintRun.UNLIMITED)));

        assertThat(card.number().printed()).isEqualTo("4/102");
        assertThat(card.printingsIn(Language.ENGLISH)).hasSize(3);
        assertThat(card.printing(Language.ENGLISH, PrintRun.SHADOWLESS)).isPresent();
        assertThat(card.printing(FRENCH, PrintRun.SHADOWLESS)).isEmpty();
        assertThat(card.isPrintedIn(Language.JAPANESE)).isFalse();
        assertThat(card.variantCount()).isEqualTo(4);
        assertThat(card.nameIn(FRENCH)).contains("Dracaufeu");
    }

    @Test
    void givenTheSamePrintingTwice_catalogue_isRejected() {
        assertThatThrownBy(() -> charizard(List.of(holo(Language.ENGLISH, PrintRun.UNLIMITED), holo(Language.ENGLISH, PrintRun.UNLIMITED))))
                .isInstanceOf(InvalidCatalogueDataException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void givenAPrintingInALanguageWithoutName_catalogue_isRejected() {
        assertThatThrownBy(() -> charizard(List.of(holo(Language.JAPANESE, PrintRun.UNLIMITED))))
                .isInstanceOf(InvalidCatalogueDataException.class)
                .hasMessageContaining("no name");
    }

    @Test
    void givenNoPrinting_catalogue_isRejected() {
        assertThatThrownBy(() -> charizard(List.of())).isInstanceOf(InvalidCatalogueDataException.class);
    }

    @Test
    void givenAnEmptyNameMap_names_areRejected() {
        assertThatThrownBy(() -> new LocalizedNames(Map.of())).isInstanceOf(InvalidCatalogueDataException.class);
        assertThatThrownBy(() -> LocalizedNames.of(Language.ENGLISH, "  ")).isInstanceOf(InvalidCatalogueDataException.class);
    }

    @Test
    void givenEvolution_facts_answerByName() {
        CardFacts facts = new CardFacts("Pokemon", "Rare", 120, List.of("Fire"), "Stage2",
                LocalizedNames.of(Language.ENGLISH, "Charmeleon"), List.of(6), "Mitsuhiro Arita");
        assertThat(facts.evolvesFrom("Charmeleon")).isTrue();
        assertThatThrownBy(() -> new CardFacts(null, null, 0, null, null, null, null, null))
                .isInstanceOf(InvalidCatalogueDataException.class);
    }

    @Test
    void givenSetWithoutPrintedTotal_numberFor_isBare() {
        CardSet promos = new CardSet(new SetKey("tcgdex-en", "svp"), "SVP", LocalizedNames.of(Language.ENGLISH, "SVP Black Star Promos"),
                null, null, null, Language.ENGLISH, null, true, null);
        assertThat(promos.numberFor("001").printed()).isEqualTo("001");
        assertThat(promos.languages()).containsExactly(Language.ENGLISH);
    }

    private static Card charizard(List<Printing> printings) {
        return Card.catalogue("base1-4", CollectorNumber.of("4", 102), CHARIZARD, CardFacts.unknown(),
                CrossReferences.marketplaces(273699L, 42382L), printings);
    }

    private static Printing holo(Language language, PrintRun run) {
        return new Printing(language, run, List.of(Variant.plain(Finish.HOLOFOIL)));
    }
}
