package io.cardvault.recognition.engine;

import io.cardvault.recognition.catalogue.CatalogueCard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OcrEvidenceTest {

    private static CatalogueCard card(String code, String number, int official, String name, String category) {
        return new CatalogueCard(code + "-" + number, number, code.toLowerCase(), code, official, name, "en", 60,
                List.of("Fire"), "Rare", category, List.of(6), List.of(), "");
    }

    private static OcrEvidence read(String number, String set, String name) {
        return new OcrEvidence(new TextReader.Reading(number, 90), new TextReader.Reading(set, 90),
                new TextReader.Reading(name, 90));
    }

    @Test
    void the_number_before_the_slash_decides_between_cards_of_one_set() {
        OcrEvidence evidence = read("4/102", "BS", "");

        assertThat(evidence.numberAgreement(card("BS", "4", 102, "Charizard", "Pokemon")).orElseThrow()).isEqualTo(1.0);
        assertThat(evidence.numberAgreement(card("BS", "19", 102, "Charizard", "Pokemon")).orElseThrow())
                .isLessThan(OcrEvidence.CONTRADICTS);
        assertThat(evidence.numberAgreement(card("B2", "4", 130, "Charizard", "Pokemon")).orElseThrow())
                .isBetween(OcrEvidence.CONTRADICTS, OcrEvidence.AGREES);
    }

    @Test
    void letters_small_print_confuses_with_digits_are_folded_together() {
        OcrEvidence evidence = read("O4/1O2", "8S", "");

        assertThat(evidence.numberAgreement(card("BS", "04", 102, "Charizard", "Pokemon")).orElseThrow()).isEqualTo(1.0);
        assertThat(evidence.setAgreement(card("BS", "4", 102, "Charizard", "Pokemon")).orElseThrow()).isEqualTo(1.0);
    }

    @Test
    void a_set_code_cut_short_on_the_face_agrees_with_the_code_it_begins() {
        OcrEvidence evidence = read("71/64", "SM1", "");

        assertThat(evidence.setAgreement(card("SM11A", "71", 64, "Meowth", "Pokemon")).orElseThrow())
                .isGreaterThanOrEqualTo(OcrEvidence.AGREES);
        assertThat(evidence.setAgreement(card("XY", "71", 64, "Meowth", "Pokemon")).orElseThrow())
                .isLessThan(OcrEvidence.CONTRADICTS);
    }

    @Test
    void the_name_line_is_compared_without_its_hp_and_with_the_category_of_trainers() {
        OcrEvidence evidence = read("", "", "Charizard HP 120");
        OcrEvidence trainer = read("", "", "TRAINER Professor Oak");

        assertThat(evidence.nameAgreement(card("BS", "4", 102, "Charizard", "Pokemon")).orElseThrow()).isEqualTo(1.0);
        assertThat(evidence.nameAgreement(card("BS", "5", 102, "Clefairy", "Pokemon")).orElseThrow())
                .isLessThan(OcrEvidence.CONTRADICTS);
        assertThat(trainer.nameAgreement(card("BS", "88", 102, "Professor Oak", "Trainer")).orElseThrow())
                .isGreaterThanOrEqualTo(OcrEvidence.AGREES);
    }

    @Test
    void unsure_or_missing_readings_and_non_latin_names_give_no_evidence() {
        OcrEvidence unsure = new OcrEvidence(new TextReader.Reading("4/102", OcrEvidence.MIN_CONFIDENCE - 1),
                new TextReader.Reading("", 0), new TextReader.Reading("Charizard", 20));
        CatalogueCard japanese = new CatalogueCard("SV2a-006", "006", "SV2a", "SV2a", 165, "リザードンex", "ja", 330,
                List.of("Fire"), "RR", "Pokemon", List.of(6), List.of(), "");

        assertThat(unsure.numberAgreement(japanese)).isEmpty();
        assertThat(unsure.setAgreement(japanese)).isEmpty();
        assertThat(read("", "", "Charizard").nameAgreement(japanese)).isEmpty();
        assertThat(OcrEvidence.latin("Flabébé")).isTrue();
        assertThat(OcrEvidence.latin("リザードン")).isFalse();
    }

    @Test
    void a_strip_read_tells_reprints_apart_only_when_it_agrees_with_one_and_not_the_other() {
        CatalogueCard base = card("BS", "4", 102, "Charizard", "Pokemon");
        CatalogueCard reprint = card("B2", "4", 130, "Charizard", "Pokemon");
        CatalogueCard twin = card("BS", "4", 102, "Charizard", "Pokemon");

        assertThat(read("4/102", "BS", "").tellsApart(base, reprint)).isTrue();
        assertThat(read("4/102", "BS", "").tellsApart(reprint, base)).isFalse();
        assertThat(read("4/102", "BS", "").tellsApart(base, twin)).isFalse();
        assertThat(OcrEvidence.NONE.tellsApart(base, reprint)).isFalse();
    }

    @Test
    void numbers_compare_as_numbers_whatever_their_zero_padding() {
        CatalogueCard darkCharizard = card("WEB1", "042", 48, "暗いカリザード", "Pokemon");
        CatalogueCard promo = card("SWSHP", "SWSH020", 0, "Charizard V", "Pokemon");

        assertThat(OcrEvidence.canonicalNumber("042/048")).isEqualTo("42/48");
        assertThat(OcrEvidence.canonicalNumber("TG05/TG30")).isEqualTo("TG5/TG30");
        assertThat(OcrEvidence.canonicalNumber("0/100")).isEqualTo("0/100");
        assertThat(read("42/48", "WEB1", "").names(darkCharizard)).isTrue();
        assertThat(read("042/048", "WEB1", "").names(darkCharizard)).isTrue();
        assertThat(read("O42/48", "WE81", "").numberAgreement(darkCharizard).orElseThrow()).isEqualTo(1.0);
        assertThat(read("SWSH20", "", "").names(promo)).isTrue();
    }

    @Test
    void a_strip_read_names_a_card_only_when_number_set_size_and_a_read_set_code_are_all_its_own() {
        CatalogueCard darkCharizard = card("WEB1", "042", 48, "暗いカリザード", "Pokemon");
        CatalogueCard sameNumberElsewhere = card("SM3H", "042", 51, "リザードンGX", "Pokemon");

        assertThat(read("042/48", "WEB1", "").names(sameNumberElsewhere)).isFalse();
        assertThat(read("042/51", "WEB1", "").names(sameNumberElsewhere)).isFalse();
        assertThat(read("042/48", "", "").names(darkCharizard)).isTrue();
        assertThat(read("042/48", "", "").namesWithSetCode(darkCharizard)).isFalse();
        assertThat(read("042/48", "WEB1", "").namesWithSetCode(darkCharizard)).isTrue();
        assertThat(read("043/48", "WEB1", "").names(darkCharizard)).isFalse();
        assertThat(OcrEvidence.NONE.names(darkCharizard)).isFalse();
    }

    @Test
    void a_number_the_face_cut_short_names_the_card_whose_number_it_begins() {
        CatalogueCard promo = card("SWSHP", "SWSH050", 307, "Charizard V", "Pokemon");
        CatalogueCard otherPromo = card("SWSHP", "SWSH066", 307, "Charizard", "Pokemon");

        assertThat(read("SWSH05...", "SW...", "").namesWithSetCode(promo)).isTrue();
        assertThat(read("SWSH05…", "", "").names(otherPromo)).isFalse();
        assertThat(read("SW...", "", "").names(promo)).isFalse();
    }

    @Test
    void a_number_read_with_its_set_size_is_not_contradicted_by_a_set_code_one_letter_off() {
        CatalogueCard promo = card("XYP", "XY203", 211, "Gym Badge", "Trainer");
        CatalogueCard otherSet = card("SM3H", "XY203", 211, "Gym Badge", "Trainer");

        assertThat(read("XY203/211", "KYP", "").names(promo)).isTrue();
        assertThat(read("XY203/211", "KYP", "").namesWithSetCode(promo)).isFalse();
        assertThat(read("XY203/211", "KYP", "").names(otherSet)).isFalse();
        assertThat(read("XY203", "KYP", "").names(promo)).isFalse();
    }

    @Test
    void a_set_code_run_into_the_number_names_the_card_whose_code_it_begins_with() {
        CatalogueCard energy = card("TK10L", "5", 30, "Fighting Energy", "Energy");
        CatalogueCard fifteenth = card("TK10L", "15", 30, "Fighting Energy", "Energy");
        CatalogueCard otherKit = card("TK8O", "5", 30, "Fighting Energy", "Energy");

        assertThat(read("TK10L5/30", "", "").names(energy)).isTrue();
        assertThat(read("TK10L5/30", "", "").namesWithSetCode(energy)).isTrue();
        assertThat(read("TK10L5/30", "", "").names(fifteenth)).isFalse();
        assertThat(read("TK10L5/30", "", "").names(otherKit)).isFalse();
    }

    @Test
    void a_whole_strip_read_unsurely_names_a_card_only_when_code_number_and_set_size_all_match() {
        CatalogueCard card = card("SV4A", "074", 190, "Pikachu", "Pokemon");
        TextReader.Reading unsureCode = new TextReader.Reading("SV4A", 23);

        assertThat(new OcrEvidence(new TextReader.Reading("074/190", 23), unsureCode, new TextReader.Reading("", 0))
                .names(card)).isTrue();
        assertThat(new OcrEvidence(new TextReader.Reading("074/190", 23), unsureCode, new TextReader.Reading("", 0))
                .hasNumber()).isFalse();
        assertThat(new OcrEvidence(new TextReader.Reading("074/191", 23), unsureCode, new TextReader.Reading("", 0))
                .names(card)).isFalse();
        assertThat(new OcrEvidence(new TextReader.Reading("074/190", 23), new TextReader.Reading("", 0),
                new TextReader.Reading("", 0)).names(card)).isFalse();
        assertThat(new OcrEvidence(new TextReader.Reading("074", 23), unsureCode, new TextReader.Reading("", 0))
                .mayName()).isFalse();
    }

    @Test
    void a_strip_read_that_names_one_reprint_and_not_the_other_tells_them_apart() {
        CatalogueCard chosen = card("SV4A", "074", 190, "Pikachu", "Pokemon");
        CatalogueCard rival = card("SV4A", "254", 190, "Pikachu", "Pokemon");
        OcrEvidence unsure = new OcrEvidence(new TextReader.Reading("074/190", 23), new TextReader.Reading("SV4A", 23),
                new TextReader.Reading("", 0));

        assertThat(unsure.tellsApart(chosen, rival)).isTrue();
        assertThat(unsure.tellsApart(rival, chosen)).isFalse();
    }
}
