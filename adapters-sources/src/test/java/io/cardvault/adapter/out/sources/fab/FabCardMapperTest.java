package io.cardvault.adapter.out.sources.fab;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.catalogue.SourceRow;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad rows, made from the real Enlightened Strike card by breaking one rule each. */
class FabCardMapperTest {

    private static final String ENLIGHTENED_STRIKE = """
            {"cardIdentifier":"enlightened-strike-red","name":%s,"types":["Action"],"classes":["Generic"],
             "legalFormats":["Classic Constructed"],"printings":[
              {"identifier":"WTR159","set":"Welcome to Rathe","edition":%s,"rarity":"Majestic","artists":["Adolfo Navarro"],
               "tcgplayer":{"productId":"225229"}}]}""";

    private final FabCardMapper mapper = new FabCardMapper(new FabSets(Json.createObjectBuilder()
            .add("setIdentifierToSetMappings", Json.createObjectBuilder().add("wtr", "Welcome to Rathe")).build()));

    @Test
    void givenTheRealCard_map_isOneCardOfItsSet() {
        List<SourceRow> rows = mapper.map(json(ENLIGHTENED_STRIKE.formatted("\"Enlightened Strike\"", "\"Alpha\"")), 0);
        assertThat(rows).singleElement().isInstanceOf(SourceRow.Parsed.class);
        assertThat(((SourceRow.Parsed) rows.get(0)).setExternalId()).isEqualTo("WTR");
    }

    @Test
    void givenNoName_map_isOneUnreadableRowWithTheCardsId() {
        List<SourceRow> rows = mapper.map(json(ENLIGHTENED_STRIKE.formatted("null", "\"Alpha\"")), 0);
        assertThat(rows).containsExactly(new SourceRow.Unreadable("enlightened-strike-red", "missing name"));
    }

    @Test
    void givenAnUnknownEdition_map_isUnreadableNamingIt() {
        List<SourceRow> rows = mapper.map(json(ENLIGHTENED_STRIKE.formatted("\"Enlightened Strike\"", "\"Beta\"")), 0);
        assertThat(rows).containsExactly(new SourceRow.Unreadable("enlightened-strike-red", "unknown edition Beta"));
    }

    @Test
    void givenNoCardIdentifier_map_isUnreadableByPosition() {
        List<SourceRow> rows = mapper.map(json("{\"name\":\"X\",\"printings\":[]}"), 41);
        assertThat(rows).containsExactly(new SourceRow.Unreadable("card #41", "missing cardIdentifier"));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
