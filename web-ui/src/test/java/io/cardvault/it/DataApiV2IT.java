package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Data API v2 read routes on the real imported catalogue. */
class DataApiV2IT {

    private static final String CACHE = "public, max-age=300";

    @BeforeAll
    static void catalogueImported() {
        assertThat(Catalogue.awaitImported().getJsonNumber("cards").longValue()).isGreaterThanOrEqualTo(Catalogue.IMPORTED_CARDS);
    }

    private static JsonObject ok(String path) {
        Api.Reply reply = Api.get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo(CACHE);
        return reply.json().asJsonObject();
    }

    private static void notFound(String path, String detail) {
        Api.Reply reply = Api.get(path);
        assertThat(reply.status()).as(path).isEqualTo(404);
        assertThat(reply.json()).isEqualTo(Json.createObjectBuilder().add("detail", detail).build());
    }

    private static void unprocessable(String path, String parameter) {
        Api.Reply reply = Api.get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(422);
        JsonObject error = reply.json().asJsonObject().getJsonArray("detail").getJsonObject(0);
        assertThat(error.getJsonArray("loc")).isEqualTo(Json.createArrayBuilder().add("query").add(parameter).build());
    }

    static long charizardId() {
        JsonArray items = ok("/api/v2/cards?game=pokemon&name=Charizard&number=4/102").getJsonArray("items");
        for (JsonValue item : items) {
            JsonObject card = ok("/api/v2/cards/" + item.asJsonObject().getJsonNumber("id").longValue());
            if (card.getJsonObject("set").getString("name").equals("Base Set")) {
                return card.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no Base Set Charizard among " + items);
    }

    static long baseSetId() {
        return ok("/api/v2/cards/" + charizardId()).getJsonObject("set").getJsonNumber("id").longValue();
    }

    @Test
    void games_lists_every_game_with_pokemon_counted_and_others_null() {
        JsonArray items = ok("/api/v2/games").getJsonArray("items");

        assertThat(items).hasSize(15);
        JsonObject pokemon = items.stream().map(JsonValue::asJsonObject)
                .filter(game -> game.getString("slug").equals("pokemon")).findFirst().orElseThrow();
        assertThat(pokemon.getString("name")).isEqualTo("Pokémon TCG");
        assertThat(pokemon.getBoolean("active")).isTrue();
        assertThat(pokemon.getJsonNumber("cards").longValue()).isGreaterThanOrEqualTo(Catalogue.IMPORTED_CARDS);
        assertThat(pokemon.getJsonNumber("sets").longValue()).isGreaterThanOrEqualTo(500);
        JsonObject onePiece = items.stream().map(JsonValue::asJsonObject)
                .filter(game -> game.getString("slug").equals("onepiece")).findFirst().orElseThrow();
        assertThat(onePiece.isNull("cards")).isTrue();
        assertThat(onePiece.isNull("sets")).isTrue();
    }

    @Test
    void game_pages_its_sets_by_release_date_with_the_total() {
        JsonObject first = ok("/api/v2/games/pokemon");
        long total = first.getJsonNumber("sets_total").longValue();

        assertThat(first.getInt("page")).isEqualTo(1);
        assertThat(first.getInt("size")).isEqualTo(50);
        assertThat(first.getJsonArray("sets_list")).hasSize(50);
        assertThat(total).isGreaterThanOrEqualTo(500);
        List<String> dates = first.getJsonArray("sets_list").stream().map(JsonValue::asJsonObject)
                .filter(set -> !set.isNull("release_date")).map(set -> set.getString("release_date")).toList();
        assertThat(dates).isSorted();
        assertThat(first.getJsonArray("sets_list").getJsonObject(0).keySet()).containsExactlyInAnyOrder(
                "id", "code", "name", "series", "release_date", "total_cards", "card_count", "is_promo", "language");

        int lastPage = (int) ((total + 199) / 200);
        JsonObject last = ok("/api/v2/games/pokemon?size=200&page=" + lastPage);
        assertThat(last.getJsonArray("sets_list")).hasSize((int) (total - (lastPage - 1) * 200L));
        JsonObject beyond = ok("/api/v2/games/pokemon?size=200&page=" + (lastPage + 1));
        assertThat(beyond.getJsonArray("sets_list")).isEmpty();
        assertThat(beyond.getJsonNumber("sets_total").longValue()).isEqualTo(total);
    }

    @Test
    void game_rejects_bad_paging_and_unknown_slugs() {
        unprocessable("/api/v2/games/pokemon?size=0", "size");
        unprocessable("/api/v2/games/pokemon?size=201", "size");
        unprocessable("/api/v2/games/pokemon?page=0", "page");
        unprocessable("/api/v2/games/pokemon?page=abc", "page");
        notFound("/api/v2/games/nope", "Game not found");
    }

    @Test
    void set_pages_its_cards_in_number_order_with_the_total() {
        long setId = baseSetId();
        JsonObject set = ok("/api/v2/sets/" + setId + "?size=3");

        assertThat(set.getString("name")).isEqualTo("Base Set");
        assertThat(set.getJsonObject("game")).isEqualTo(Json.createObjectBuilder()
                .add("slug", "pokemon").add("name", "Pokémon TCG").build());
        assertThat(set.getInt("cards_total")).isEqualTo(102);
        assertThat(set.getInt("total_cards")).isEqualTo(102);
        assertThat(set.getJsonArray("cards").stream().map(card -> card.asJsonObject().getString("collector_number")))
                .containsExactly("1/102", "2/102", "3/102");
        assertThat(set.getJsonArray("cards").getJsonObject(0).getString("thumbnail_url"))
                .isEqualTo("https://assets.tcgdex.net/en/base/base1/1/low.webp");

        assertThat(ok("/api/v2/sets/" + setId).getJsonArray("cards")).hasSize(60);
        JsonObject last = ok("/api/v2/sets/" + setId + "?size=60&page=2");
        assertThat(last.getJsonArray("cards")).hasSize(42);
        assertThat(last.getJsonArray("cards").getJsonObject(41).getString("collector_number")).isEqualTo("102/102");
        JsonObject beyond = ok("/api/v2/sets/" + setId + "?size=250&page=2");
        assertThat(beyond.getJsonArray("cards")).isEmpty();
        assertThat(beyond.getInt("cards_total")).isEqualTo(102);
    }

    @Test
    void set_rejects_bad_paging_and_unknown_ids() {
        unprocessable("/api/v2/sets/1?size=0", "size");
        unprocessable("/api/v2/sets/1?size=251", "size");
        notFound("/api/v2/sets/999999", "Set not found");
    }

    @Test
    void resolver_finds_base_set_charizard_by_game_name_and_number() {
        JsonArray items = ok("/api/v2/cards?game=pokemon&name=charizard&number=4/102").getJsonArray("items");

        assertThat(items).isNotEmpty();
        assertThat(items.stream().map(item -> item.asJsonObject().getString("collector_number")).collect(Collectors.toSet()))
                .containsExactly("4/102");
        assertThat(items.getJsonObject(0).keySet()).containsExactlyInAnyOrder(
                "id", "name", "collector_number", "rarity", "card_type", "set_id", "thumbnail_url");
        assertThat(charizardId()).isPositive();
    }

    @Test
    void resolver_finds_a_japanese_card_by_its_japanese_name_and_names_match_without_accents() {
        String tropius = URLEncoder.encode("トロピウス", StandardCharsets.UTF_8);
        JsonArray items = ok("/api/v2/cards?game=pokemon&name=" + tropius).getJsonArray("items");

        assertThat(items).isNotEmpty();
        assertThat(items.stream().map(item -> item.asJsonObject().getString("name"))).contains("トロピウス");
        JsonArray flabebe = ok("/api/v2/cards?name=flabebe&limit=5").getJsonArray("items");
        assertThat(flabebe).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(flabebe.getJsonObject(0).getString("name")).isEqualToIgnoringCase("Flabébé");
    }

    @Test
    void resolver_wants_a_filter_and_a_limit_in_range() {
        Api.Reply none = Api.get("/api/v2/cards");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().asJsonObject().getString("detail")).isEqualTo("Pass at least one of game, name or number");
        unprocessable("/api/v2/cards?name=pika&limit=0", "limit");
        unprocessable("/api/v2/cards?name=pika&limit=101", "limit");
        assertThat(ok("/api/v2/cards?name=pikachu").getJsonArray("items")).hasSize(25);
        assertThat(ok("/api/v2/cards?game=nope").getJsonArray("items")).isEmpty();
    }

    @Test
    void card_detail_has_cross_refs_printings_variants_and_empty_price_regions() {
        JsonObject card = ok("/api/v2/cards/" + charizardId());

        assertThat(card.getString("name")).isEqualTo("Charizard");
        assertThat(card.getString("collector_number")).isEqualTo("4/102");
        assertThat(card.getJsonObject("cross_refs").keySet()).containsExactlyInAnyOrder("cardmarket_product_id",
                "tcgplayer_product_id", "pricecharting_id", "mtgjson_uuid", "scryfall_id", "ygoprodeck_id",
                "konami_id", "ygo_password", "dreamborn_id", "ravensburger_id");
        assertThat(card.getJsonArray("images")).singleElement().extracting(image -> image.asJsonObject().getString("source"))
                .isEqualTo("tcgdex");
        assertThat(card.getString("thumbnail_url")).isEqualTo("https://assets.tcgdex.net/en/base/base1/4/low.webp");
        JsonArray printings = card.getJsonArray("printings");
        assertThat(printings.stream().map(p -> p.asJsonObject().getString("print_run")))
                .contains("unlimited", "1st_edition", "shadowless");
        List<JsonObject> variants = printings.stream()
                .flatMap(p -> p.asJsonObject().getJsonArray("variants").stream()).map(JsonValue::asJsonObject).toList();
        assertThat(variants).isNotEmpty().allSatisfy(variant -> {
            assertThat(variant.getJsonObject("prices")).isEqualTo(Json.createObjectBuilder()
                    .add("eu", JsonValue.EMPTY_JSON_ARRAY).add("us", JsonValue.EMPTY_JSON_ARRAY)
                    .add("graded", JsonValue.EMPTY_JSON_ARRAY).build());
            assertThat(variant.keySet()).contains("id", "finish", "variant_label", "image_url", "cross_refs");
        });
        assertThat(variants.stream().map(variant -> variant.getJsonObject("cross_refs"))
                .filter(refs -> !refs.isNull("tcgplayer_product_id"))
                .map(refs -> refs.getJsonNumber("tcgplayer_product_id").longValue())).contains(106999L);
    }

    @Test
    void card_detail_of_an_unknown_or_malformed_id_is_404_or_422() {
        notFound("/api/v2/cards/999999999", "Card not found");
        Api.Reply malformed = Api.get("/api/v2/cards/abc");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().asJsonObject().getJsonArray("detail").getJsonObject(0).getJsonArray("loc"))
                .isEqualTo(Json.createArrayBuilder().add("path").add("card_id").build());
    }
}
