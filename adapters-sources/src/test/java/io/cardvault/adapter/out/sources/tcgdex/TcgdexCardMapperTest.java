package io.cardvault.adapter.out.sources.tcgdex;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Variant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edge rows, written after real ones, for the rules the full dumps exercise only rarely. */
class TcgdexCardMapperTest {

    private final TcgdexCardMapper mapper = new TcgdexCardMapper(Map.of());

    @Test
    void givenRowWithoutName_map_isUnreadableWithItsId() {
        SourceRow row = mapper.map(json("{\"id\":\"base1-999\",\"localId\":\"999\",\"setId\":\"base1\",\"name\":{}}"), 7);
        assertThat(row).isEqualTo(new SourceRow.Unreadable("base1-999", "missing name"));
    }

    @Test
    void givenRegulationMarksAndABasicEnergy_map_keepsOneLetterMarksAndTheBasicSupertype() {
        var marked = ((SourceRow.Parsed) mapper.map(json("{\"id\":\"x-1\",\"localId\":\"1\",\"setId\":\"x\","
                + "\"name\":{\"en\":\"Pikachu\"},\"regulationMark\":\"j\"}"), 1)).card();
        assertThat(marked.traits().mark()).contains("J");
        // the dump writes "None" on a few cards: no mark, not an unreadable row
        var none = ((SourceRow.Parsed) mapper.map(json("{\"id\":\"x-2\",\"localId\":\"2\",\"setId\":\"x\","
                + "\"name\":{\"en\":\"Eevee\"},\"regulationMark\":\"None\"}"), 2)).card();
        assertThat(none.traits().mark()).isEmpty();
        var energy = ((SourceRow.Parsed) mapper.map(json("{\"id\":\"x-3\",\"localId\":\"3\",\"setId\":\"x\","
                + "\"name\":{\"en\":\"Fire Energy\"},\"category\":\"Energy\",\"energyType\":\"Normal\"}"), 3)).card();
        assertThat(energy.traits().isBasic()).isTrue();
    }

    @Test
    void givenRowWithoutId_map_isUnreadableByLineNumber() {
        SourceRow row = mapper.map(json("{\"localId\":\"1\",\"setId\":\"base1\",\"name\":{\"en\":\"X\"}}"), 12);
        assertThat(row).isEqualTo(new SourceRow.Unreadable("line 12", "missing id"));
    }

    @Test
    void givenFractionalDexId_map_isUnreadableWithTheReason() {
        SourceRow row = mapper.map(json("{\"id\":\"x-1\",\"localId\":\"1\",\"setId\":\"x\",\"name\":{\"ja\":\"レックウザ\"},\"dexId\":[384.1]}"), 1);
        assertThat(row).isInstanceOf(SourceRow.Unreadable.class);
        assertThat(((SourceRow.Unreadable) row).reason()).contains("dexId");
    }

    @Test
    void givenFlagVariants_map_givesEachFinishAndFirstEditionAndWPromo() {
        SourceRow row = mapper.map(json("""
                {"id":"x-1","localId":"1","setId":"x","name":{"en":"Pikachu"},"hp":0,"rarity":"None",
                 "variants":{"normal":true,"reverse":true,"holo":false,"firstEdition":true,"wPromo":true}}"""), 1);
        var card = ((SourceRow.Parsed) row).card();
        assertThat(card.facts().hp()).isNull();
        assertThat(card.facts().rarity()).isNull();
        assertThat(card.printing(card.printings().get(0).language(), PrintRun.UNLIMITED).orElseThrow().variants())
                .extracting(Variant::key).containsExactly("normal", "reverse_holofoil", "normal|stamp:w-promo");
        assertThat(card.printings()).extracting(Printing::printRun).contains(PrintRun.FIRST_EDITION);
    }

    @Test
    void givenNoVariantData_map_assumesOnePlainNormalVariant() {
        SourceRow row = mapper.map(json("{\"id\":\"x-1\",\"localId\":\"1\",\"setId\":\"x\",\"name\":{\"en\":\"Potion\"}}"), 1);
        assertThat(((SourceRow.Parsed) row).card().printings()).singleElement()
                .extracting(Printing::variants).isEqualTo(java.util.List.of(Variant.plain(Finish.NORMAL)));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
