package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The legacy catalogue routes on the real imported catalogue, and that they leave other routes alone. */
class LegacyCatalogueIT {

    private static long charizard;
    private static long baseSet;

    @BeforeAll
    static void catalogueImported() {
        assertThat(Catalogue.awaitImported().getJsonNumber("cards").longValue()).isGreaterThanOrEqualTo(Catalogue.IMPORTED_CARDS);
        charizard = DataApiV2IT.charizardId();
        baseSet = DataApiV2IT.baseSetId();
    }

    private static JsonObject ok(String path) {
        Api.Reply reply = Api.get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static void status(String path, int status, String detail) {
        Api.Reply reply = Api.get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(status);
        assertThat(reply.json()).isEqualTo(Json.createObjectBuilder().add("detail", detail).build());
    }

    private static void unprocessable(String path, String parameter) {
        Api.Reply reply = Api.get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(422);
        assertThat(reply.json().asJsonObject().getJsonArray("detail").getJsonObject(0).getJsonArray("loc"))
                .isEqualTo(Json.createArrayBuilder().add("query").add(parameter).build());
    }

    @Test
    void tcgs_lists_the_games_and_one_by_slug() {
        JsonArray items = ok("/tcgs").getJsonArray("items");
        assertThat(items).hasSize(15);
        JsonObject pokemon = ok("/tcgs/pokemon");

        assertThat(pokemon.keySet()).containsExactlyInAnyOrder("id", "slug", "name", "publisher", "logo_url",
                "website_url", "description", "created_at");
        assertThat(pokemon.getInt("id")).isEqualTo(1);
        assertThat(pokemon.getString("publisher")).isEqualTo("The Pokémon Company");
        assertThat(pokemon.getString("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(items.getJsonObject(0)).isEqualTo(pokemon);
        status("/tcgs/nope", 404, "TCG not found");
    }

    @Test
    void sets_of_a_tcg_page_with_total_limit_and_offset() {
        JsonObject first = ok("/pokemon/sets");
        long total = first.getJsonNumber("total").longValue();

        assertThat(first.getInt("limit")).isEqualTo(50);
        assertThat(first.getInt("offset")).isEqualTo(0);
        assertThat(first.getJsonArray("items")).hasSize(50);
        assertThat(first.getJsonArray("items").getJsonObject(0).keySet()).containsExactlyInAnyOrder(
                "id", "tcg_id", "name", "code", "release_date", "total_cards", "logo_url");
        assertThat(ok("/pokemon/sets?limit=200&offset=" + (total - 1)).getJsonArray("items")).hasSize(1);
        JsonObject beyond = ok("/pokemon/sets?offset=" + total);
        assertThat(beyond.getJsonArray("items")).isEmpty();
        assertThat(beyond.getJsonNumber("total").longValue()).isEqualTo(total);
        unprocessable("/pokemon/sets?limit=0", "limit");
        unprocessable("/pokemon/sets?limit=201", "limit");
        unprocessable("/pokemon/sets?offset=-1", "offset");
        status("/nope/sets", 404, "TCG not found");
    }

    @Test
    void one_set_of_a_tcg() {
        JsonObject set = ok("/pokemon/sets/" + baseSet);

        assertThat(set.getString("name")).isEqualTo("Base Set");
        assertThat(set.getInt("total_cards")).isEqualTo(102);
        assertThat(set.getInt("tcg_id")).isEqualTo(1);
        status("/pokemon/sets/999999", 404, "Set not found");
        status("/lorcana/sets/" + baseSet, 404, "Set not found");
        status("/nope/sets/" + baseSet, 404, "TCG not found");
    }

    @Test
    void cards_of_a_tcg_filter_by_set_rarity_and_name() {
        JsonObject ofSet = ok("/pokemon/cards?set_id=" + baseSet + "&limit=10");
        assertThat(ofSet.getJsonNumber("total").longValue()).isEqualTo(102);
        assertThat(ofSet.getJsonArray("items").stream().map(card -> card.asJsonObject().getString("number")))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        JsonObject item = ofSet.getJsonArray("items").getJsonObject(3);
        assertThat(item.getString("name")).isEqualTo("Charizard");
        assertThat(item.getJsonObject("attributes").getString("stage")).isEqualTo("Stage2");

        JsonObject named = ok("/pokemon/cards?set_id=" + baseSet + "&name=CHARI");
        assertThat(named.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject rare = ok("/pokemon/cards?set_id=" + baseSet + "&rarity=Rare&limit=200");
        assertThat(rare.getJsonArray("items")).isNotEmpty()
                .allSatisfy(card -> assertThat(card.asJsonObject().getString("rarity")).isEqualTo("Rare"));

        JsonObject all = ok("/pokemon/cards?limit=200&offset=100");
        assertThat(all.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(Catalogue.IMPORTED_CARDS);
        assertThat(all.getJsonArray("items")).hasSize(200);
        unprocessable("/pokemon/cards?limit=201", "limit");
        unprocessable("/pokemon/cards?set_id=abc", "set_id");
        status("/nope/cards", 404, "TCG not found");
    }

    @Test
    void one_card_of_a_tcg_with_empty_prices() {
        JsonObject card = ok("/pokemon/cards/" + charizard);

        assertThat(card.getString("name")).isEqualTo("Charizard");
        assertThat(card.getString("number")).isEqualTo("4");
        assertThat(card.getJsonArray("prices")).isEmpty();
        status("/pokemon/cards/999999999", 404, "Card not found");
        status("/lorcana/cards/" + charizard, 404, "Card not found");
    }

    @Test
    void compare_returns_the_cards_in_the_order_asked_and_validates_ids() {
        JsonObject compared = ok("/api/compare?ids=" + charizard + ",999999999," + charizard);

        assertThat(compared.getJsonArray("items")).hasSize(1);
        assertThat(compared.getJsonArray("items").getJsonObject(0).getString("name")).isEqualTo("Charizard");
        assertThat(compared.getJsonArray("not_found")).isEqualTo(Json.createArrayBuilder().add(999999999L).build());
        unprocessable("/api/compare", "ids");
        unprocessable("/api/compare?ids=1,abc", "ids");
        unprocessable("/api/compare?ids=1,,2", "ids");
        unprocessable("/api/compare?ids=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21", "ids");
    }

    @Test
    void evolution_chain_of_base_set_charizard_goes_from_charmander() {
        JsonObject evolution = ok("/api/cards/" + charizard + "/evolution");

        assertThat(evolution.getJsonNumber("card_id").longValue()).isEqualTo(charizard);
        List<JsonObject> chain = evolution.getJsonArray("chain").stream().map(JsonValue::asJsonObject).toList();
        assertThat(chain).extracting(stage -> stage.getString("name")).containsExactly("Charmander", "Charmeleon", "Charizard");
        assertThat(chain).extracting(stage -> stage.getString("stage")).containsExactly("Basic", "Stage 1", "Stage 2");
        assertThat(chain.get(2).getJsonNumber("card_id").longValue()).isEqualTo(charizard);
        long charmander = chain.get(0).getJsonNumber("card_id").longValue();
        assertThat(ok("/api/v2/cards/" + charmander).getJsonObject("set").getString("name")).isEqualTo("Base Set");

        JsonObject fromCharmander = ok("/api/cards/" + charmander + "/evolution");
        assertThat(fromCharmander.getJsonArray("chain").stream().map(stage -> stage.asJsonObject().getString("name")))
                .containsExactly("Charmander", "Charmeleon", "Charizard");
        status("/api/cards/999999999/evolution", 404, "Card not found");
    }

    @Test
    void buy_links_use_marketplace_ids_and_names() {
        JsonObject firstEdition = ok("/api/cards/" + charizard + "/buy-links?variant=1st_edition_holo");

        assertThat(firstEdition.getString("variant")).isEqualTo("1st_edition_holo");
        assertThat(firstEdition.getString("tcgplayer_url")).isEqualTo("https://www.tcgplayer.com/product/106999");
        assertThat(firstEdition.getString("ebay_url"))
                .isEqualTo("https://www.ebay.com/sch/i.html?_nkw=Charizard+4%2F102+Base+Set+1st+Edition+Holo");
        JsonObject normal = ok("/api/cards/" + charizard + "/buy-links");
        assertThat(normal.getString("variant")).isEqualTo("normal");
        assertThat(normal.getString("ebay_url")).startsWith("https://www.ebay.com/sch/i.html?_nkw=Charizard");
        assertThat(normal.containsKey("cardmarket_url")).isTrue();
        if (!normal.isNull("cardmarket_url")) {
            assertThat(normal.getString("cardmarket_url"))
                    .startsWith("https://www.cardmarket.com/en/Pokemon/Products/Singles/Base-Set/Charizard?idProduct=");
        }
        unprocessable("/api/cards/" + charizard + "/buy-links?variant=no%20way", "variant");
        status("/api/cards/999999999/buy-links", 404, "Card not found");
    }

    @Test
    void recent_cards_since_a_date_newest_set_first() {
        JsonObject recent = ok("/api/cards/recent?since=2020-01-01&limit=5&tcg_slug=pokemon");

        assertThat(recent.getString("since")).isEqualTo("2020-01-01");
        assertThat(recent.getJsonArray("items")).hasSize(5);
        assertThat(recent.getJsonNumber("total").longValue()).isGreaterThan(5);
        assertThat(recent.getJsonArray("items").stream().map(card -> card.asJsonObject().getString("release_date")))
                .allSatisfy(date -> assertThat(date).isGreaterThanOrEqualTo("2020-01-01"));
        JsonObject defaults = ok("/api/cards/recent");
        assertThat(defaults.getInt("limit")).isEqualTo(50);
        assertThat(defaults.getString("since")).isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(30).toString());
        unprocessable("/api/cards/recent?since=yesterday", "since");
        unprocessable("/api/cards/recent?limit=201", "limit");
        status("/api/cards/recent?tcg_slug=nope", 404, "TCG not found");
    }

    @Test
    void sealed_products_are_a_real_empty_list_and_unknown_ones_404() {
        JsonObject sealed = ok("/pokemon/sealed");

        assertThat(sealed.getJsonArray("items")).isEmpty();
        assertThat(sealed.getInt("total")).isZero();
        assertThat(sealed.getInt("limit")).isEqualTo(50);
        assertThat(ok("/pokemon/sealed?set_id=" + baseSet + "&limit=10").getInt("limit")).isEqualTo(10);
        status("/pokemon/sealed/1", 404, "Sealed product not found");
        status("/nope/sealed", 404, "TCG not found");
        unprocessable("/pokemon/sealed?limit=0", "limit");
    }

    @Test
    void tcg_slug_routes_do_not_swallow_other_routes() {
        assertThat(Api.get("/health").json()).isEqualTo(Json.createObjectBuilder().add("status", "ok").build());
        assertThat(Api.get("/api/v2/stats").status()).isEqualTo(200);
        status("/nope", 404, "Not Found");
        status("/api/sets", 404, "Not Found");
        status("/health/sets", 404, "Not Found");
        assertThat(Api.ops("/openapi").status()).isEqualTo(200);
    }
}
