package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Magic (MTGJSON) and Flesh and Blood imported beside Pokémon: the IT server imports Alpha, Tenth
 * Edition and Welcome to Rathe (CARDVAULT_CATALOGUE_SET_FILTER in web-ui/pom.xml) on its first start.
 */
class MtgFabCatalogueIT {

    private static final Duration INDEX_DEADLINE = Duration.ofMinutes(1);
    private static long blackLotus;

    @BeforeAll
    static void importedAndIndexed() {
        Catalogue.awaitImported();
        Instant deadline = Instant.now().plus(INDEX_DEADLINE);
        List<JsonObject> found = resolve("game=mtg&name=" + encode("Black Lotus"));
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            Api.pause(Duration.ofSeconds(2));
            found = resolve("game=mtg&name=" + encode("Black Lotus"));
        }
        assertThat(found).as("Black Lotus resolves").isNotEmpty();
        blackLotus = found.get(0).getJsonNumber("id").longValue();
        // the search index is rebuilt after the import's last source: wait until it holds the Magic slice
        while (germanSearch().getJsonArray("items").isEmpty() && Instant.now().isBefore(deadline.plus(INDEX_DEADLINE))) {
            Api.pause(Duration.ofSeconds(2));
        }
    }

    private static JsonObject germanSearch() {
        return Api.get("/api/search?tcg_slug=mtg&q=" + encode("Ausgewählter der Ahnfrau")).json().asJsonObject();
    }

    @Test
    void games_lists_magic_and_flesh_and_blood_with_their_card_counts() {
        List<JsonObject> games = ok("/api/v2/games").getJsonArray("items").getValuesAs(JsonObject.class);

        JsonObject magic = game(games, "mtg");
        assertThat(magic.getString("name")).isEqualTo("Magic: The Gathering");
        assertThat(magic.getJsonNumber("cards").longValue()).isEqualTo(Catalogue.MTG_SLICE_CARDS);
        assertThat(magic.getJsonNumber("sets").longValue()).isEqualTo(2);
        JsonObject fab = game(games, "flesh-and-blood");
        assertThat(fab.getString("name")).isEqualTo("Flesh and Blood");
        assertThat(fab.getJsonNumber("cards").longValue()).isEqualTo(Catalogue.FAB_SLICE_CARDS);
        assertThat(fab.getJsonNumber("sets").longValue()).isEqualTo(1);
    }

    @Test
    void the_resolver_finds_black_lotus_of_alpha_with_its_tcgplayer_and_cardmarket_ids() {
        List<JsonObject> found = resolve("game=mtg&name=" + encode("Black Lotus"));

        assertThat(found).singleElement().satisfies(item -> assertThat(item.getString("collector_number")).isEqualTo("232"));
        JsonObject card = ok("/api/v2/cards/" + blackLotus);
        assertThat(card.getJsonObject("game").getString("slug")).isEqualTo("mtg");
        assertThat(card.getJsonObject("set").getString("code")).isEqualTo("LEA");
        assertThat(card.getJsonObject("set").getString("name")).isEqualTo("Limited Edition Alpha");
        JsonObject ids = card.getJsonObject("cross_refs");
        assertThat(ids.getJsonNumber("tcgplayer_product_id").longValue()).isEqualTo(1042);
        assertThat(ids.getJsonNumber("cardmarket_product_id").longValue()).isEqualTo(5465);
        assertThat(ids.getString("scryfall_id")).isEqualTo("b0faa7f2-b547-42c4-a810-839da50dadfe");
        assertThat(ids.getString("mtgjson_uuid")).isEqualTo("d4d8c9f9-31ed-53ed-ab67-eba86e2198fe");
        JsonObject variant = card.getJsonArray("printings").getJsonObject(0).getJsonArray("variants").getJsonObject(0);
        assertThat(variant.getString("finish")).isEqualTo("normal");
        assertThat(variant.isNull("prices_note")).as("a card with marketplace ids says nothing about missing ids").isTrue();
    }

    @Test
    void a_german_name_finds_its_magic_card() {
        JsonObject page = germanSearch();

        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(item -> assertThat(item.getString("name")).isEqualTo("Ancestor's Chosen"));
    }

    @Test
    void black_lotus_gets_eu_and_us_prices_from_the_sandbox_market() {
        JsonObject backfill = Api.call("POST", "/sandbox/backfill?days=0&showcase_days=0&sets=LEA", null).json().asJsonObject();
        assertThat(backfill.getInt("failed_files")).as(backfill.toString()).isZero();

        // a detail read before the backfill may be held for up to a minute (CardDetailCache's time to live)
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonObject prices = latestPrices();
        while ((prices.getJsonArray("eu").isEmpty() || prices.getJsonArray("us").isEmpty()) && Instant.now().isBefore(deadline)) {
            Api.pause(Duration.ofSeconds(3));
            prices = latestPrices();
        }
        assertThat(prices.getJsonArray("eu").getValuesAs(JsonObject.class)).isNotEmpty().allSatisfy(row -> {
            assertThat(row.getString("source")).isEqualTo("cardmarket");
            assertThat(row.getString("currency")).isEqualTo("EUR");
            assertThat(row.getBoolean("sandbox")).isTrue();
        });
        assertThat(prices.getJsonArray("us").getValuesAs(JsonObject.class)).isNotEmpty()
                .anySatisfy(row -> assertThat(row.getString("source")).isEqualTo("tcgcsv"))
                .allSatisfy(row -> assertThat(row.getString("currency")).isEqualTo("USD"));
    }

    @Test
    void enlightened_strike_of_welcome_to_rathe_has_its_first_edition_and_unlimited_rainbow_foils() {
        JsonObject item = resolve("game=flesh-and-blood&name=" + encode("Enlightened Strike") + "&number=WTR159").get(0);
        JsonObject card = ok("/api/v2/cards/" + item.getJsonNumber("id").longValue());

        assertThat(card.getJsonObject("game").getString("slug")).isEqualTo("flesh-and-blood");
        assertThat(card.getJsonObject("cross_refs").getJsonNumber("tcgplayer_product_id").longValue()).isEqualTo(225229);
        assertThat(card.getJsonArray("printings").getValuesAs(JsonObject.class))
                .extracting(printing -> printing.getString("print_run")).containsExactlyInAnyOrder("1st_edition", "unlimited");
        assertThat(card.getJsonArray("printings").getValuesAs(JsonObject.class)).allSatisfy(printing ->
                assertThat(printing.getJsonArray("variants").getValuesAs(JsonObject.class))
                        .extracting(variant -> variant.getString("finish") + " " + (variant.isNull("foil_pattern") ? "-"
                                : variant.getString("foil_pattern")))
                        .containsExactly("normal -", "holofoil rainbow"));
    }

    @Test
    void a_card_no_marketplace_lists_says_so_in_its_v2_detail_and_on_its_page() {
        // Asian Pokémon prints carry no Cardmarket, TCGplayer or PriceCharting id
        JsonObject unlisted = resolve("game=pokemon&name=" + encode("リザードン") + "&limit=100").stream()
                .map(item -> ok("/api/v2/cards/" + item.getJsonNumber("id").longValue()))
                .filter(card -> card.getJsonObject("cross_refs").values().stream().allMatch(value -> value == JsonValue.NULL))
                .filter(card -> card.getJsonArray("printings").getJsonObject(0).getJsonArray("variants").getJsonObject(0)
                        .getJsonObject("cross_refs").values().stream().allMatch(value -> value == JsonValue.NULL))
                .findFirst().orElseThrow();
        JsonObject variant = unlisted.getJsonArray("printings").getJsonObject(0).getJsonArray("variants").getJsonObject(0);

        assertThat(variant.getString("prices_note")).contains("No marketplace id");
        assertThat(variant.getJsonObject("prices").getJsonArray("eu")).isEmpty();
        assertThat(variant.getJsonObject("prices").getJsonArray("us")).isEmpty();
        String page = Api.get("/en/cards/" + unlisted.getJsonNumber("id").longValue()).body();
        assertThat(page).contains("id=\"no-price-ids\"").doesNotContain("id=\"no-prices\"");
    }

    private static JsonObject latestPrices() {
        return ok("/api/v2/cards/" + blackLotus).getJsonArray("printings").getJsonObject(0)
                .getJsonArray("variants").getJsonObject(0).getJsonObject("prices");
    }

    private static JsonObject game(List<JsonObject> games, String slug) {
        return games.stream().filter(game -> game.getString("slug").equals(slug)).findFirst().orElseThrow();
    }

    private static List<JsonObject> resolve(String query) {
        return ok("/api/v2/cards?" + query).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject ok(String path) {
        Api.Reply reply = Api.get(path);
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
