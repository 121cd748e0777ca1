package io.cardvault.adapter.out.sources.ygojson;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Variant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edge rows in YGOJSON's shape, for rules the real dump exercises only rarely. */
class YgojsonCardMapperTest {

    private static final String POT = "000a05b1-77d6-487a-b031-f3c22cee1ea3";
    private final YgojsonCardMapper mapper = new YgojsonCardMapper(
            Map.of(POT, YgoCard.from(json("""
                    {"id":"%s","name":{"en":"Spirit of the Pot of Greed","ja":"強欲な壺の精霊"},"cardType":"monster",
                     "passwords":["04896788"],"externalIDs":{"dbID":5819,"ygoprodeck":{"id":4896788}}}""".formatted(POT)))),
            Map.of("bad-card", "card bad-card has no name"));

    @Test
    void a_set_listing_a_card_the_cards_file_lacks_reports_that_row_by_its_id() {
        List<SourceRow> rows = mapper.map("set-1", set("""
                [{"locales":["en"],"editions":["1st"],"cards":[{"id":"e1","card":"missing-card","suffix":"001","rarity":"common"},
                  {"id":"e2","card":"bad-card","suffix":"002","rarity":"common"}]}]"""));

        assertThat(rows).containsExactly(
                new SourceRow.Unreadable("missing-card:001", "set set-1 lists card missing-card: not in cards.json"),
                new SourceRow.Unreadable("bad-card:002", "set set-1 lists card bad-card: card bad-card has no name"));
    }

    @Test
    void a_locale_the_card_has_no_name_in_gives_no_printing_and_none_at_all_is_a_bad_row() {
        List<SourceRow> rows = mapper.map("set-1", set("""
                [{"locales":["en","de"],"editions":["limited"],"cards":[{"id":"e1","card":"%s","suffix":"001","rarity":"secret"}]},
                 {"locales":["de"],"cards":[{"id":"e2","card":"%s","suffix":"050"}]}]""".formatted(POT, POT)));

        Card pot = ((SourceRow.Parsed) rows.get(0)).card();
        assertThat(pot.number().printed()).isEqualTo("TST-EN001");
        assertThat(pot.printings()).containsExactly(new Printing(io.cardvault.domain.catalogue.Language.ENGLISH, PrintRun.LIMITED,
                List.of(Variant.of(Finish.HOLOFOIL, "secret", null, null, null, null))));
        assertThat(pot.crossReferences().ygoPassword()).isEqualTo("04896788");
        assertThat(rows.get(1)).isInstanceOf(SourceRow.Unreadable.class);
        assertThat(rows.get(1).rowId()).isEqualTo(POT + ":050");
        assertThat(((SourceRow.Unreadable) rows.get(1)).reason()).contains("no name in");
    }

    @Test
    void digital_lists_without_locales_give_no_cards_and_common_rare_and_foil_rarities_map_to_finishes() {
        assertThat(mapper.map("set-1", set("""
                [{"formats":["masterduel"],"cards":[{"id":"e1","card":"%s"}]}]""".formatted(POT)))).isEmpty();
        assertThat(YgojsonCardMapper.variant("common")).isEqualTo(Variant.plain(Finish.NORMAL));
        assertThat(YgojsonCardMapper.variant("rare").key()).isEqualTo("normal|foil:rare");
        assertThat(YgojsonCardMapper.variant("starlight").key()).isEqualTo("holofoil|foil:starlight");
    }

    @Test
    void a_negative_konami_id_of_a_never_printed_card_is_no_id_not_a_bad_card() {
        YgoCard anime = YgoCard.from(json("""
                {"id":"x","name":{"en":"Anime Card"},"cardType":"trap","externalIDs":{"dbID":-52}}"""));

        assertThat(anime.references().konamiId()).isNull();
        assertThat(anime.references().isEmpty()).isTrue();
    }

    private static JsonObject set(String contents) {
        return json("""
                {"id":"set-1","name":{"en":"Test Set"},"locales":{"en":{"language":"en","prefix":"TST-EN"},
                 "de":{"language":"de","prefix":"TST-DE"}},"contents":%s}""".formatted(contents));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
