package io.cardvault.adapter.out.sources.mtgjson;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Variant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Bad rows, made from the real Black Lotus row of Alpha by breaking one rule each. */
class MtgjsonCardMapperTest {

    private static final String BLACK_LOTUS = """
            {"uuid":"d4d8c9f9-31ed-53ed-ab67-eba86e2198fe","setCode":"LEA","number":"232","name":"Black Lotus",
             "rarity":"rare","language":"English","finishes":%s,"identifiers":{"tcgplayerProductId":"1042","mcmId":"%s",
             "scryfallId":"b0faa7f2-b547-42c4-a810-839da50dadfe"},"types":["Artifact"],"colors":[],"artist":"Christopher Rush",
             "legalities":{"vintage":"Restricted","legacy":"Banned"}}""";

    private final MtgjsonCardMapper mapper = new MtgjsonCardMapper();

    @Test
    void givenTheRealRow_map_isTheCard() {
        SourceRow row = mapper.map(json(BLACK_LOTUS.formatted("[\"nonfoil\"]", "5465")), 1).orElseThrow();
        assertThat(row).isInstanceOf(SourceRow.Parsed.class);
        assertThat(((SourceRow.Parsed) row).card().facts().category()).isEqualTo("Artifact");
        assertThat(((SourceRow.Parsed) row).card().facts().illustrator()).isEqualTo("Christopher Rush");
    }

    @Test
    void givenNoFinishes_map_isUnreadableWithTheUuid() {
        SourceRow row = mapper.map(json(BLACK_LOTUS.formatted("[]", "5465")), 3).orElseThrow();
        assertThat(row).isEqualTo(new SourceRow.Unreadable("d4d8c9f9-31ed-53ed-ab67-eba86e2198fe",
                "no finishes: a printing nobody can own"));
    }

    @Test
    void givenAnUnknownFinish_map_isUnreadableNamingIt() {
        SourceRow row = mapper.map(json(BLACK_LOTUS.formatted("[\"nonfoil\",\"galaxy\"]", "5465")), 3).orElseThrow();
        assertThat(row).isEqualTo(new SourceRow.Unreadable("d4d8c9f9-31ed-53ed-ab67-eba86e2198fe", "unknown finish galaxy"));
    }

    @Test
    void givenACardmarketIdThatIsNoNumber_map_isUnreadableNamingTheField() {
        SourceRow row = mapper.map(json(BLACK_LOTUS.formatted("[\"nonfoil\"]", "54x65")), 3).orElseThrow();
        assertThat(((SourceRow.Unreadable) row).rowId()).isEqualTo("d4d8c9f9-31ed-53ed-ab67-eba86e2198fe");
        assertThat(((SourceRow.Unreadable) row).reason()).contains("mcmId");
    }

    @Test
    void givenNoUuid_map_isUnreadableByLineNumber() {
        SourceRow row = mapper.map(json("{\"setCode\":\"LEA\",\"number\":\"1\",\"name\":\"X\",\"finishes\":[\"nonfoil\"]}"), 12)
                .orElseThrow();
        assertThat(row).isEqualTo(new SourceRow.Unreadable("line 12", "missing uuid"));
    }

    @Test
    void givenSignedAndGlossyFinishes_map_keepsThemApartFromThePlainNormal() {
        SourceRow row = mapper.map(json(BLACK_LOTUS.formatted("[\"nonfoil\",\"signed\",\"glossy\"]", "5465")), 1).orElseThrow();
        assertThat(((SourceRow.Parsed) row).card().printings().get(0).variants()).extracting(Variant::key)
                .containsExactly("normal", "normal|stamp:signed", "normal|label:glossy");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
