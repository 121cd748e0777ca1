package io.cardvault.adapter.out.sources.lorcana;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Edge records in the shape of printings.json. */
class LorcanaCardMapperTest {

    private final LorcanaCardMapper mapper = new LorcanaCardMapper();

    @Test
    void a_record_without_names_is_a_bad_row_named_by_its_dreamborn_id() {
        SourceRow row = mapper.map(json("""
                {"set":"tfc","number":1,"dreamborn":"001-001","ravensburgerIds":{"en":"1/204 EN 1"},"names":{}}"""), 1);

        assertThat(row).isEqualTo(new SourceRow.Unreadable("001-001", "missing name"));
    }

    @Test
    void a_record_printed_only_in_a_language_without_a_name_is_a_bad_row_saying_so() {
        SourceRow row = mapper.map(json("""
                {"set":"p2","number":41,"dreamborn":"","ravensburgerIds":{"en":"","ja":"41/P1 JA 2"},
                 "names":{"en":{"name":"Stitch","title":"Rock Star"}}}"""), 7);

        assertThat(row.rowId()).isEqualTo("p2-41");
        assertThat(((SourceRow.Unreadable) row).reason()).contains("no printing in a language it has a name in");
    }

    @Test
    void a_record_without_set_or_number_is_reported_by_its_position() {
        assertThat(mapper.map(json("{\"names\":{\"en\":{\"name\":\"X\"}}}"), 12))
                .isEqualTo(new SourceRow.Unreadable("record 12", "missing set or number"));
    }

    @Test
    void a_record_without_any_ravensburger_id_is_an_english_card_under_its_own_number() {
        SourceRow row = mapper.map(json("""
                {"set":"worlds","number":2024,"dreamborn":"","rarity":"top1","ravensburgerIds":{"en":"","ja":""},
                 "names":{"en":{"name":"Mickey Mouse","title":"Brave Little Tailor"}}}"""), 1);
        Card card = ((SourceRow.Parsed) row).card();

        assertThat(card.externalId()).isEqualTo("worlds-2024");
        assertThat(card.number().printed()).isEqualTo("2024");
        assertThat(card.printings()).extracting(printing -> printing.language().code()).containsExactly("en");
        assertThat(card.printings().get(0).variants()).allSatisfy(variant -> assertThat(variant.crossReferences().isEmpty()).isTrue());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
