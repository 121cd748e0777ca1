package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/search} on the real catalogue the server imports on its first start. */
class SearchIT {

    private static final Duration INDEX_DEADLINE = Duration.ofMinutes(1);

    /**
     * Waits for the background import to finish and for the search index to hold its result (a
     * broad search's total stops moving): the index follows the catalogue asynchronously.
     */
    @BeforeAll
    static void catalogueImportedAndIndexed() throws InterruptedException {
        assertThat(Catalogue.awaitImported().getJsonNumber("cards").longValue()).isGreaterThanOrEqualTo(Catalogue.IMPORTED_CARDS);
        Instant indexDeadline = Instant.now().plus(INDEX_DEADLINE);
        long before = -1;
        long total = total(search("q=4&limit=1"));
        while (total != before && Instant.now().isBefore(indexDeadline)) {
            Thread.sleep(3_000);
            before = total;
            total = total(search("q=4&limit=1"));
        }
    }

    @Test
    void unaccented_pokemon_finds_cards_named_with_pokemon() {
        JsonObject page = search("q=pokemon&limit=20");

        assertThat(total(page)).isPositive().isEqualTo(total(search("q=" + encode("Pokémon"))));
        assertThat(names(page)).anySatisfy(name -> assertThat(name).contains("Pokémon"));
    }

    @Test
    void the_french_name_dracaufeu_finds_charizard_printings() {
        JsonObject page = search("q=Dracaufeu&limit=200");

        assertThat(total(page)).isGreaterThanOrEqualTo(10);
        assertThat(names(page)).allSatisfy(name -> assertThat(name).containsIgnoringCase("Charizard"));
        assertThat(items(page)).anySatisfy(item -> {
            assertThat(item.getString("set_code")).isEqualTo("BS");
            assertThat(item.getString("number")).isEqualTo("4");
        });
    }

    @Test
    void a_japanese_name_finds_japanese_cards() {
        JsonObject page = search("q=" + encode("リザードン"));

        assertThat(total(page)).isPositive();
        assertThat(names(page).get(0)).contains("リザードン");
    }

    @Test
    void name_and_printed_number_rank_base_set_charizard_first() {
        JsonObject first = items(search("q=" + encode("charizard 4/102"))).get(0);

        assertThat(first.getString("name")).isEqualTo("Charizard");
        assertThat(first.getString("number")).isEqualTo("4");
        assertThat(first.getString("set_name")).isEqualTo("Base Set");
        assertThat(first.getString("tcg_slug")).isEqualTo("pokemon");
        assertThat(first.isNull("best_price")).isTrue();
        assertThat(first.isNull("price_change_7d")).isTrue();
        assertThat(first.getString("display_image_url")).isEqualTo("https://assets.tcgdex.net/en/base/base1/4/low.webp");
        assertThat(first.keySet()).containsExactlyInAnyOrder("id", "name", "number", "rarity", "card_type",
                "display_image_url", "set_name", "set_code", "tcg_slug", "best_price", "price_change_7d");
    }

    @Test
    void exact_name_matches_come_before_longer_names() {
        List<String> names = names(search("q=charizard&limit=200"));

        assertThat(names.get(0)).isEqualTo("Charizard");
        int lastExact = names.lastIndexOf("Charizard");
        int firstLonger = names.indexOf(names.stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).contains("charizard") && !name.equals("Charizard"))
                .findFirst().orElseThrow());
        assertThat(lastExact).isLessThan(firstLonger);
    }

    @Test
    void game_set_and_rarity_filters_narrow_the_matches() {
        long all = total(search("q=charizard"));

        assertThat(total(search("q=charizard&tcg_slug=pokemon"))).isEqualTo(all);
        assertThat(total(search("q=charizard&tcg_slug=mtg"))).isZero();

        JsonObject rareHolo = search("q=charizard&rarity=" + encode("rare holo") + "&limit=200");
        assertThat(total(rareHolo)).isPositive().isLessThan(all);
        assertThat(items(rareHolo)).allSatisfy(item -> assertThat(item.getString("rarity")).isEqualToIgnoringCase("Rare Holo"));

        long baseSetId = baseSetId();
        JsonObject inBaseSet = search("q=charizard&set_id=" + baseSetId);
        assertThat(total(inBaseSet)).isPositive().isLessThan(all);
        assertThat(items(inBaseSet)).allSatisfy(item -> assertThat(item.getString("set_code")).isEqualTo("BS"));
    }

    @Test
    void pages_walk_the_ranked_list_without_overlap() {
        JsonObject first = search("q=charizard&limit=5");
        JsonObject second = search("q=charizard&limit=5&offset=5");
        long total = total(first);
        JsonObject beyond = search("q=charizard&limit=5&offset=" + total);

        assertThat(first.getInt("limit")).isEqualTo(5);
        assertThat(second.getInt("offset")).isEqualTo(5);
        assertThat(total(second)).isEqualTo(total);
        assertThat(ids(first)).hasSize(5).doesNotContainAnyElementsOf(ids(second));
        assertThat(items(beyond)).isEmpty();
        assertThat(total(beyond)).isEqualTo(total);
        assertThat(search("q=charizard").getInt("limit")).isEqualTo(50);
        assertThat(search("q=charizard").getInt("offset")).isZero();
        assertThat(search("q=4&limit=200").getJsonArray("items")).hasSize(200);
    }

    @Test
    void price_bounds_are_accepted_and_match_only_priced_cards_so_none_yet() {
        JsonObject page = search("q=charizard&min_price=0&max_price=1000.50");

        assertThat(total(page)).isZero();
    }

    @Test
    void missing_q_is_422_in_fastapi_shape() {
        Api.Reply reply = Api.get("/api/search?limit=5");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json()).isEqualTo(Json.createReader(new java.io.StringReader(
                "{\"detail\":[{\"loc\":[\"query\",\"q\"],\"msg\":\"field required\",\"type\":\"value_error.missing\"}]}")).read());
    }

    @Test
    void limit_outside_1_to_200_is_422() {
        for (String limit : List.of("0", "201")) {
            Api.Reply reply = Api.get("/api/search?q=charizard&limit=" + limit);

            assertThat(reply.status()).as(limit).isEqualTo(422);
            JsonObject error = reply.json().asJsonObject().getJsonArray("detail").getJsonObject(0);
            assertThat(error.getJsonArray("loc")).isEqualTo(Json.createArrayBuilder().add("query").add("limit").build());
        }
        assertThat(Api.get("/api/search?q=charizard&offset=-1").status()).isEqualTo(422);
        assertThat(Api.get("/api/search?q=charizard&limit=abc").status()).isEqualTo(422);
    }

    @Test
    void negative_or_crossed_price_bounds_are_422() {
        Api.Reply negative = Api.get("/api/search?q=charizard&min_price=-1");
        Api.Reply crossed = Api.get("/api/search?q=charizard&min_price=10&max_price=5");

        assertThat(negative.status()).isEqualTo(422);
        assertThat(crossed.status()).isEqualTo(422);
        JsonObject error = crossed.json().asJsonObject().getJsonArray("detail").getJsonObject(0);
        assertThat(error.getJsonArray("loc")).isEqualTo(Json.createArrayBuilder().add("query").add("min_price").build());
        assertThat(Api.get("/api/search?q=charizard&min_price=abc").status()).isEqualTo(422);
    }

    /** The response shows no set id, so find Base Set's by trying ids with a query only it answers. */
    private static long baseSetId() {
        for (long id = 1; id <= 1_000; id++) {
            JsonObject page = search("q=" + encode("4/102") + "&set_id=" + id);
            if (items(page).stream().anyMatch(item -> "BS".equals(item.getString("set_code")))) {
                return id;
            }
        }
        throw new AssertionError("Base Set not found by set id");
    }

    private static JsonObject search(String query) {
        Api.Reply reply = Api.get("/api/search?" + query);
        assertThat(reply.status()).as(query + ": " + reply.body()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> names(JsonObject page) {
        return items(page).stream().map(item -> item.getString("name")).toList();
    }

    private static List<Long> ids(JsonObject page) {
        return items(page).stream().map(item -> item.getJsonNumber("id").longValue()).toList();
    }

    private static long total(JsonObject page) {
        return page.getJsonNumber("total").longValue();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
