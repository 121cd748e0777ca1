package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.TestImages;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /me/avatar}, {@code /me/privacy} and {@code /users/{username}} on the real WAR: owner, another user and
 * anonymous callers, a private and a public collection, and uploads the guard refuses before decoding.
 */
class ProfilesIT {

    private static final String AVATAR = "/me/avatar";

    @BeforeAll
    static void catalogue() {
        Catalogue.awaitImported();
        PriceFixtures.install();
    }

    private static String username(String cookie) {
        Api.Reply me = Api.call("GET", "/auth/me", null, "Cookie", cookie);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        return me.json().asJsonObject().getString("username");
    }

    private static Api.Reply upload(String cookie, String filename, String type, byte[] bytes) {
        return Api.multipart(AVATAR, List.of(Api.Part.file("file", filename, type, bytes)), "Cookie", cookie);
    }

    @Test
    void a_private_collection_shows_only_member_since_and_listings_and_a_public_one_its_figures_to_anyone() {
        String owner = Watchers.session("profile-owner");
        String name = username(owner);
        long priced = PriceFixtures.install().cardId();
        Api.Reply added = Api.call("POST", "/collection/add", "{\"card_id\":" + priced + ",\"quantity\":2}", "Cookie", owner);
        assertThat(added.status()).as(added.body()).isIn(200, 201);

        JsonObject hidden = Api.get("/users/" + name).json().asJsonObject();
        assertThat(hidden.getString("username")).isEqualTo(name);
        assertThat(hidden.getString("member_since")).isNotBlank();
        assertThat(hidden.getBoolean("is_collection_public")).isFalse();
        assertThat(hidden.getJsonArray("seller_listings")).isEmpty();
        for (String field : List.of("portfolio_value", "tcg_breakdown", "top_cards", "recently_added", "showcase")) {
            assertThat(hidden.isNull(field)).as(field).isTrue();
        }

        Api.Reply shown = Api.call("POST", "/me/privacy", "{\"is_collection_public\":true}", "Cookie", owner);
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        assertThat(shown.json().asJsonObject().getBoolean("ok")).isTrue();
        assertThat(shown.json().asJsonObject().getBoolean("is_collection_public")).isTrue();

        String other = Watchers.session("profile-other");
        for (Api.Reply reply : List.of(Api.get("/users/" + name), Api.call("GET", "/users/" + name, null, "Cookie", other))) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonObject open = reply.json().asJsonObject();
            assertThat(open.getBoolean("is_collection_public")).isTrue();
            assertThat(open.getJsonNumber("portfolio_value").bigDecimalValue()).isPositive();
            assertThat(open.getJsonObject("tcg_breakdown").containsKey("pokemon")).isTrue();
            assertThat(open.getJsonArray("recently_added").getJsonObject(0).getJsonNumber("card_id").longValue()).isEqualTo(priced);
            assertThat(open.getJsonArray("top_cards")).hasSize(1);
        }

        Api.call("POST", "/me/privacy", "{\"is_collection_public\":false}", "Cookie", owner);
        assertThat(Api.get("/users/" + name).json().asJsonObject().isNull("portfolio_value")).isTrue();
    }

    @Test
    void privacy_needs_an_account_and_a_boolean() {
        Watchers.assertDetail(Api.call("POST", "/me/privacy", "{\"is_collection_public\":true}"), 401);
        String cookie = Watchers.session("profile-bad");
        Watchers.assertInvalid(Api.call("POST", "/me/privacy", "{}", "Cookie", cookie), "is_collection_public");
        Watchers.assertInvalid(Api.call("POST", "/me/privacy", "{\"is_collection_public\":\"maybe\"}", "Cookie", cookie),
                "is_collection_public");
        Watchers.assertDetail(Api.get("/users/nobody-has-this-name-" + Instant.now().toEpochMilli()), 404);
        Watchers.assertDetail(Api.get("/users/" + username(cookie) + "/avatar"), 404);
    }

    @Test
    void an_avatar_is_cropped_to_a_256_square_webp_without_metadata_and_served_on_the_profile() {
        Watchers.assertDetail(Api.multipart(AVATAR, List.of(Api.Part.file("file", "a.png", "image/png", TestImages.png(8, 8)))), 401);
        String cookie = Watchers.session("profile-avatar");
        String name = username(cookie);

        Api.Reply stored = upload(cookie, "me.jpg", "image/jpeg", TestImages.jpegWithComment(600, 400));

        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        JsonObject answer = stored.json().asJsonObject();
        assertThat(answer.getInt("width")).isEqualTo(256);
        assertThat(answer.getInt("height")).isEqualTo(256);
        assertThat(answer.getString("format")).isEqualTo("webp");
        assertThat(answer.getString("avatar_url")).isEqualTo("/users/" + name + "/avatar");
        HttpResponse<byte[]> served = Api.bytes("/users/" + name + "/avatar");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/webp"));
        assertThat(new String(Arrays.copyOfRange(served.body(), 0, 4), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(Arrays.copyOfRange(served.body(), 8, 12), StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        assertThat(TestImages.contains(served.body(), TestImages.SECRET)).isFalse();
        assertThat(Api.get("/users/" + name).json().asJsonObject().getString("avatar_url")).isEqualTo("/users/" + name + "/avatar");
    }

    @Test
    void a_bomb_renamed_text_an_oversized_file_and_no_file_are_refused_quickly_and_the_server_stays_healthy() {
        String cookie = Watchers.session("profile-refused");
        Instant start = Instant.now();
        Api.Reply bomb = upload(cookie, "bomb.png", "image/png", TestImages.bombPng(20_000));
        assertThat(bomb.status()).as(bomb.body()).isEqualTo(422);
        assertThat(bomb.json().asJsonObject().getString("detail")).contains("20000 × 20000 pixels");
        Api.Reply renamed = upload(cookie, "photo.jpg", "image/jpeg", TestImages.renamedText());
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(415);
        assertThat(renamed.json().asJsonObject().getString("detail")).isNotBlank();
        assertThat(Duration.between(start, Instant.now())).as("both refused before any decode").isLessThan(Duration.ofSeconds(20));

        byte[] oversized = Arrays.copyOf(TestImages.png(10, 10), 5 * 1024 * 1024 + 1);
        Watchers.assertDetail(upload(cookie, "big.png", "image/png", oversized), 413);
        Api.Reply none = Api.multipart(AVATAR, List.of(Api.Part.text("other", "x")), "Cookie", cookie);
        assertThat(none.status()).as(none.body()).isEqualTo(422);

        assertThat(Api.get("/health/db").status()).isEqualTo(200);
        assertThat(Api.get("/users/" + username(cookie)).json().asJsonObject().isNull("avatar_url")).isTrue();
    }
}
