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
 * Card pictures on the real imported catalogue: every shape that carries one gives the upstream
 * address derived from the stored card (tcgdex assets by series, set and local id) with its source,
 * and {@code /api/v2/stats} counts the cards that have one. Nothing is fetched: the machine is offline.
 */
class CardImagesIT {

    private static final String CHARIZARD_ASSETS = "https://assets.tcgdex.net/en/base/base1/4/";
    private static long charizard;

    @BeforeAll
    static void catalogueImportedWithSeriesIds() {
        Catalogue.awaitImported();
        // a database imported before the series ids were kept is imported again on start: wait for its sets
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (images() < Catalogue.IMPORTED_CARDS && Instant.now().isBefore(deadline)) {
            Api.pause(Duration.ofSeconds(2));
        }
        charizard = DataApiV2IT.charizardId();
    }

    private static long images() {
        return Api.get("/api/v2/stats").json().asJsonObject().getJsonNumber("images").longValue();
    }

    private static JsonObject ok(String path) {
        Api.Reply reply = Api.get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    @Test
    void v2_detail_has_the_tcgdex_picture_with_its_source_size_and_format_and_a_thumbnail() {
        JsonObject card = ok("/api/v2/cards/" + charizard);

        assertThat(card.getJsonArray("images")).hasSize(1);
        JsonObject image = card.getJsonArray("images").getJsonObject(0);
        assertThat(image.getString("url")).isEqualTo(CHARIZARD_ASSETS + "high.webp");
        assertThat(image.getString("source")).isEqualTo("tcgdex");
        assertThat(image.getInt("width")).isEqualTo(600);
        assertThat(image.getInt("height")).isEqualTo(825);
        assertThat(image.getString("format")).isEqualTo("webp");
        assertThat(image.getBoolean("is_placeholder")).isFalse();
        assertThat(card.getString("thumbnail_url")).isEqualTo(CHARIZARD_ASSETS + "low.webp");
        // a variant's own art is null: the card's pictures apply
        assertThat(card.getJsonArray("printings").getJsonObject(0).getJsonArray("variants").getJsonObject(0)
                .isNull("image_url")).isTrue();
    }

    @Test
    void set_cards_and_the_resolver_carry_thumbnails() {
        long baseSet = ok("/api/v2/cards/" + charizard).getJsonObject("set").getJsonNumber("id").longValue();
        List<JsonObject> cards = ok("/api/v2/sets/" + baseSet + "?size=5").getJsonArray("cards").stream()
                .map(JsonValue::asJsonObject).toList();

        assertThat(cards).extracting(card -> card.getString("thumbnail_url")).containsExactly(
                "https://assets.tcgdex.net/en/base/base1/1/low.webp", "https://assets.tcgdex.net/en/base/base1/2/low.webp",
                "https://assets.tcgdex.net/en/base/base1/3/low.webp", "https://assets.tcgdex.net/en/base/base1/4/low.webp",
                "https://assets.tcgdex.net/en/base/base1/5/low.webp");
        assertThat(ok("/api/v2/cards?game=pokemon&name=Charizard&number=4/102").getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(item -> item.getJsonNumber("id").longValue() == charizard)
                .map(item -> item.getString("thumbnail_url"))).containsExactly(CHARIZARD_ASSETS + "low.webp");
    }

    @Test
    void an_asian_card_addresses_the_tcgdex_assets_of_its_sets_language() {
        JsonObject page = ok("/api/search?q=" + URLEncoder.encode("トロピウス 001/73", StandardCharsets.UTF_8) + "&limit=50");

        assertThat(page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(item -> item.isNull("display_image_url") ? "" : item.getString("display_image_url")))
                .contains("https://assets.tcgdex.net/ja/SV/SV1a/001/low.webp");
    }

    @Test
    void legacy_list_and_detail_carry_the_large_picture_and_no_local_copy() {
        JsonObject detail = ok("/pokemon/cards/" + charizard);

        assertThat(detail.getString("image_url")).isEqualTo(CHARIZARD_ASSETS + "high.webp");
        assertThat(detail.isNull("local_image_url")).isTrue();
        long baseSet = detail.getJsonNumber("card_set_id").longValue();
        assertThat(ok("/pokemon/cards?set_id=" + baseSet + "&limit=3").getJsonArray("items").getJsonObject(0)
                .getString("image_url")).isEqualTo("https://assets.tcgdex.net/en/base/base1/1/high.webp");
    }

    @Test
    void a_collection_entry_carries_its_cards_picture() {
        String cookie = Api.registerSession("pictures");
        Api.Reply added = Api.call("POST", "/collection/add", "{\"card_id\":" + charizard + "}", "Cookie", cookie);
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        JsonObject item = Api.call("GET", "/collection", null, "Cookie", cookie).json().asJsonObject()
                .getJsonArray("items").getJsonObject(0);

        assertThat(item.getString("image_url")).isEqualTo(CHARIZARD_ASSETS + "high.webp");
    }

    @Test
    void stats_count_the_cards_that_have_a_picture() {
        JsonObject stats = ok("/api/v2/stats");

        // every card of both tcgdex dumps sits in a set whose series tcgdex names
        assertThat(stats.getJsonNumber("images").longValue()).isGreaterThanOrEqualTo(Catalogue.IMPORTED_CARDS)
                .isLessThanOrEqualTo(stats.getJsonNumber("cards").longValue());
    }
}
