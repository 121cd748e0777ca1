package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Yu-Gi-Oh! and Disney Lorcana after the server's start-up import of their slices (Legend of Blue
 * Eyes White Dragon, The First Chapter: CARDVAULT_CATALOGUE_SET_FILTER in web-ui/pom.xml): counted
 * games, names in other languages found by search and the resolver, and their cross references.
 */
class YgoLorcanaCatalogueIT {

    private static final String BLUE_EYES_JA = "青眼の白龍";
    private static final String BLUE_EYES_DE = "Blauäugiger w. Drache";
    private static final Duration INDEX_DEADLINE = Duration.ofMinutes(2);

    /** The import is written before the search index follows it: wait for both. */
    @BeforeAll
    static void importedAndIndexed() {
        Catalogue.awaitImported();
        Instant deadline = Instant.now().plus(INDEX_DEADLINE);
        while (items(search(BLUE_EYES_JA)).isEmpty() && Instant.now().isBefore(deadline)) {
            Api.pause(Duration.ofSeconds(2));
        }
    }

    @Test
    void games_lists_yugioh_and_lorcana_with_their_imported_counts() {
        List<JsonObject> games = ok("/api/v2/games").getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();

        JsonObject yugioh = games.stream().filter(game -> game.getString("slug").equals("yugioh")).findFirst().orElseThrow();
        assertThat(yugioh.getString("name")).isEqualTo("Yu-Gi-Oh!");
        assertThat(yugioh.getJsonNumber("cards").longValue()).isEqualTo(Catalogue.YUGIOH_SLICE_CARDS);
        assertThat(yugioh.getJsonNumber("sets").longValue()).isEqualTo(1);
        JsonObject lorcana = games.stream().filter(game -> game.getString("slug").equals("lorcana")).findFirst().orElseThrow();
        assertThat(lorcana.getString("name")).isEqualTo("Disney Lorcana");
        assertThat(lorcana.getJsonNumber("cards").longValue()).isEqualTo(Catalogue.LORCANA_SLICE_CARDS);
        assertThat(lorcana.getJsonNumber("sets").longValue()).isEqualTo(1);
    }

    @Test
    void search_finds_blue_eyes_by_its_japanese_and_its_german_name() {
        for (String name : List.of(BLUE_EYES_JA, BLUE_EYES_DE)) {
            List<JsonObject> found = items(search(name));

            assertThat(found).as(name).anySatisfy(item -> {
                assertThat(item.getString("tcg_slug")).isEqualTo("yugioh");
                assertThat(item.getString("name")).isEqualTo("Blue-Eyes White Dragon");
                assertThat(item.getString("number")).isEqualTo("LOB-EN001");
                assertThat(item.getString("set_code")).isEqualTo("LOB");
            });
        }
    }

    @Test
    void the_resolver_finds_blue_eyes_by_its_japanese_and_its_german_name_and_by_its_number() {
        for (String name : List.of(BLUE_EYES_JA, BLUE_EYES_DE)) {
            JsonArray items = ok("/api/v2/cards?game=yugioh&name=" + encode(name)).getJsonArray("items");

            assertThat(items).as(name).singleElement().satisfies(item -> {
                assertThat(item.asJsonObject().getString("name")).isEqualTo("Blue-Eyes White Dragon");
                assertThat(item.asJsonObject().getString("collector_number")).isEqualTo("LOB-EN001");
            });
        }
        assertThat(ok("/api/v2/cards?game=yugioh&number=LOB-EN001").getJsonArray("items")).singleElement()
                .satisfies(item -> assertThat(item.asJsonObject().getString("name")).isEqualTo("Blue-Eyes White Dragon"));
        assertThat(ok("/api/v2/cards?game=pokemon&name=" + encode(BLUE_EYES_JA)).getJsonArray("items")).isEmpty();
    }

    @Test
    void blue_eyes_detail_shows_its_konami_id_password_and_ygoprodeck_id_and_its_printings_per_language_and_edition() {
        JsonObject card = ok("/api/v2/cards/" + resolve("yugioh", BLUE_EYES_DE));

        assertThat(card.getJsonObject("game").getString("slug")).isEqualTo("yugioh");
        JsonObject refs = card.getJsonObject("cross_refs");
        assertThat(refs.getJsonNumber("konami_id").longValue()).isEqualTo(4007);
        assertThat(refs.getString("ygo_password")).isEqualTo("89631139");
        assertThat(refs.getJsonNumber("ygoprodeck_id").longValue()).isEqualTo(89631139);
        assertThat(refs.isNull("dreamborn_id")).isTrue();
        assertThat(card.getJsonArray("printings").stream().map(JsonValue::asJsonObject)
                .map(printing -> printing.getString("language") + "/" + printing.getString("print_run")))
                .contains("en/unlimited", "en/1st_edition", "de/1st_edition", "fr/unlimited", "ko/unlimited");
        assertThat(card.getJsonArray("printings").stream().map(JsonValue::asJsonObject)
                .flatMap(printing -> printing.getJsonArray("variants").stream()).map(JsonValue::asJsonObject)
                .map(variant -> variant.getString("finish"))).containsOnly("holofoil");
    }

    @Test
    void ariel_detail_shows_her_dreamborn_and_ravensburger_ids_and_arielle_finds_her() {
        long ariel = resolve("lorcana", "Arielle - Auf menschlichen Beinen");
        JsonObject card = ok("/api/v2/cards/" + ariel);

        assertThat(card.getString("name")).isEqualTo("Ariel - On Human Legs");
        assertThat(card.getString("collector_number")).isEqualTo("1/204");
        assertThat(card.getJsonObject("set").getString("code")).isEqualTo("TFC");
        JsonObject refs = card.getJsonObject("cross_refs");
        assertThat(refs.getString("dreamborn_id")).isEqualTo("001-001");
        assertThat(refs.getString("ravensburger_id")).isEqualTo("1/204 EN 1");
        assertThat(refs.isNull("konami_id")).isTrue();
        assertThat(card.getJsonArray("printings").stream().map(JsonValue::asJsonObject)
                .filter(printing -> printing.getString("language").equals("de"))
                .flatMap(printing -> printing.getJsonArray("variants").stream()).map(JsonValue::asJsonObject)
                .map(variant -> variant.getJsonObject("cross_refs").getString("ravensburger_id")))
                .containsExactly("1/204 DE 1", "1/204 DE 1");
    }

    private static long resolve(String game, String name) {
        JsonArray items = ok("/api/v2/cards?game=" + game + "&name=" + encode(name)).getJsonArray("items");
        assertThat(items).as(name).isNotEmpty();
        return items.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static JsonObject search(String text) {
        Api.Reply reply = Api.get("/api/search?limit=50&q=" + encode(text));
        assertThat(reply.status()).as(text + ": " + reply.body()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject ok(String path) {
        Api.Reply reply = Api.get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
