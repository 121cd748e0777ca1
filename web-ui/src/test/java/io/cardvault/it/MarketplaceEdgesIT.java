package io.cardvault.it;

import static io.cardvault.it.Market.as;
import static io.cardvault.it.Market.charizard;
import static io.cardvault.it.Market.decimal;
import static io.cardvault.it.Market.id;
import static io.cardvault.it.Market.list;
import static io.cardvault.it.Market.refused;
import static io.cardvault.it.Market.seller;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.TestImages;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The marketplace's edges on Liberty + MariaDB: listing photos (upload through the guard and the
 * OpenCV re-encode, served immutable), the Cardmarket link and stock import into drafts with its
 * per-row report, publishing a draft, and the {@code listing_new} frame on the three topics.
 */
class MarketplaceEdgesIT {

    private static final String UPLOAD = "/api/upload/listing-image";

    private static Api.Reply upload(String cookie, String filename, String type, byte[] bytes) {
        return Api.multipart(UPLOAD, List.of(Api.Part.file("file", filename, type, bytes)), "Cookie", cookie);
    }

    private static byte[] sample(String name) {
        try (InputStream in = MarketplaceEdgesIT.class.getResourceAsStream("/marketplace/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_listing_photo_is_re_encoded_without_metadata_and_served_from_a_stable_url() {
        String cookie = Api.registerSession("photo");
        byte[] photo = TestImages.pngWithText(64, 48);

        Api.Reply uploaded = upload(cookie, "card.png", "image/png", photo);

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        JsonObject answer = uploaded.json().asJsonObject();
        String url = answer.getString("url");
        assertThat(url).matches("/static/listing_images/\\d{4}/\\d{2}/[0-9a-f]{64}\\.png");
        HttpResponse<byte[]> served = Api.bytes(url);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(served.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(served.body()).hasSize(answer.getInt("size"));
        assertThat(TestImages.contains(served.body(), TestImages.SECRET)).isFalse();

        // the same photo again is the same file at the same URL
        assertThat(upload(cookie, "again.png", "image/png", photo).json().asJsonObject().getString("url")).isEqualTo(url);
        // a listing may name it
        String seller = seller("photo-sell");
        JsonObject listed = list(seller, "12", "\"image_urls\":[\"" + url + "\"]");
        assertThat(listed.getJsonArray("image_urls").getString(0)).isEqualTo(url);
    }

    @Test
    void uploads_that_are_not_safe_images_are_refused_before_decoding_in_the_error_shape() {
        String cookie = Api.registerSession("photo-bad");

        Api.Reply anonymous = Api.multipart(UPLOAD, List.of(Api.Part.file("file", "a.png", "image/png", TestImages.png(8, 8))));
        assertThat(anonymous.status()).isEqualTo(401);

        Api.Reply renamed = upload(cookie, "photo.jpg", "image/jpeg", TestImages.renamedText());
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(415);
        assertThat(renamed.json().asJsonObject().getString("detail")).isEqualTo("image must be a JPEG, PNG or WebP file");

        Api.Reply bomb = upload(cookie, "bomb.png", "image/png", TestImages.bombPng(20_000));
        assertThat(bomb.status()).as(bomb.body()).isEqualTo(422);
        assertThat(bomb.json().asJsonObject().getString("detail")).contains("20000 × 20000 pixels");

        byte[] tooLarge = Arrays.copyOf(TestImages.png(8, 8), 8 * 1024 * 1024 + 1);
        assertThat(upload(cookie, "big.png", "image/png", tooLarge).status()).isEqualTo(413);

        byte[] png = TestImages.png(40, 40);
        Api.Reply cut = upload(cookie, "cut.png", "image/png", Arrays.copyOf(png, 8 + 25 + 20));
        assertThat(cut.status()).as(cut.body()).isEqualTo(422);

        Api.Reply missing = Api.multipart(UPLOAD, List.of(Api.Part.text("other", "x")), "Cookie", cookie);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().asJsonObject().getJsonArray("detail").getJsonObject(0).getJsonArray("loc").getString(1))
                .isEqualTo("file");

        assertThat(Api.get("/static/listing_images/2026/05/" + "ab".repeat(32) + ".png").status()).isEqualTo(404);
        assertThat(Api.get("/static/listing_images/2026/05/notahash.png").status()).isEqualTo(404);
    }

    @Test
    void a_seller_links_a_cardmarket_account() {
        String collector = Api.registerSession("cm-none");
        assertThat(Api.call("POST", "/seller/cardmarket/link", "{\"username\":\"Ash\"}").status()).isEqualTo(401);
        refused(as(collector, "POST", "/seller/cardmarket/link", "{\"username\":\"Ash\"}"), 403, "seller_setup_required");

        String seller = seller("cm-link");
        Api.Reply linked = as(seller, "POST", "/seller/cardmarket/link", "{\"username\":\"Ash-Cards_NL\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().asJsonObject().getBoolean("ok")).isTrue();
        assertThat(linked.json().asJsonObject().getString("username")).isEqualTo("Ash-Cards_NL");
        assertThat(as(seller, "POST", "/seller/cardmarket/link", "{}").status()).isEqualTo(422);
        assertThat(as(seller, "POST", "/seller/cardmarket/link", "{\"username\":\"a b<c>\"}").status()).isEqualTo(422);
        assertThat(as(seller, "POST", "/seller/cardmarket/link", "{\"username\":12}").status()).isEqualTo(422);
    }

    @Test
    void a_cardmarket_stock_export_becomes_drafts_with_a_per_row_report_and_a_draft_is_published() {
        charizard();
        String seller = seller("cm-import");
        List<Api.Part> file = List.of(Api.Part.file("file", "stock.csv", "text/csv", sample("cardmarket-stock.csv")));

        assertThat(Api.multipart("/seller/cardmarket/import", file).status()).isEqualTo(401);
        Api.Reply imported = Api.multipart("/seller/cardmarket/import", file, "Cookie", seller);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonObject report = imported.json().asJsonObject();
        assertThat(report.getJsonArray("imported").getValuesAs(JsonObject.class)).extracting(row -> row.getInt("line"))
                .containsExactly(2, 3);
        JsonObject charizardDraft = report.getJsonArray("imported").getJsonObject(0);
        assertThat(charizardDraft.getJsonNumber("card_id").longValue()).isEqualTo(charizard());
        assertThat(decimal(charizardDraft, "price")).isEqualByComparingTo("450.00");
        assertThat(charizardDraft.getString("status")).isEqualTo("draft");
        assertThat(report.getJsonArray("imported").getJsonObject(1).getInt("quantity")).isEqualTo(2);
        assertThat(report.getJsonArray("unmatched").getValuesAs(JsonObject.class)).singleElement().satisfies(row -> {
            assertThat(row.getInt("line")).isEqualTo(4);
            assertThat(row.getString("reason")).isEqualTo("no card named Charizrd in Base Set");
        });
        assertThat(report.getJsonArray("invalid").getValuesAs(JsonObject.class)).extracting(row -> row.getInt("line"))
                .containsExactly(5, 6);
        assertThat(report.getJsonArray("invalid").getJsonObject(0).getString("reason")).contains("quantity");
        assertThat(report.getJsonArray("invalid").getJsonObject(1).getString("reason")).isEqualTo("the article has no price");
        assertThat(report.getInt("imported_count")).isEqualTo(2);

        // a draft is not on sale until its seller publishes it
        long draft = charizardDraft.getJsonNumber("listing_id").longValue();
        String browse = "/api/listings?tcg_slug=pokemon&min_price=450&max_price=450&limit=200";
        assertThat(Api.get(browse).body()).doesNotContain("\"id\":" + draft + ",");
        assertThat(Api.get("/api/listings/" + draft).status()).isEqualTo(404);
        String stranger = seller("cm-other");
        assertThat(as(stranger, "POST", "/seller/listings/" + draft + "/publish", null).status()).isEqualTo(404);
        Api.Reply published = as(seller, "POST", "/seller/listings/" + draft + "/publish", null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().asJsonObject().getString("status")).isEqualTo("active");
        assertThat(Api.get(browse).body()).contains("\"id\":" + draft + ",");
        refused(as(seller, "POST", "/seller/listings/" + draft + "/publish", null), 409, "listing_not_active");

        // not a Cardmarket file, and not a set-up seller
        Api.Reply other = Api.multipart("/seller/cardmarket/import", List.of(Api.Part.file("file", "x.csv", "text/csv",
                "name,set,quantity\nCharizard,Base Set,1\n".getBytes())), "Cookie", seller);
        assertThat(other.status()).as(other.body()).isEqualTo(422);
        refused(Api.multipart("/seller/cardmarket/import", file, "Cookie", Api.registerSession("cm-nobody")), 403,
                "seller_setup_required");
    }

    @Test
    void a_new_listing_is_announced_on_marketplace_new_its_card_and_its_game() {
        long card = charizard();
        Realtime.Socket socket = Realtime.channel(null);
        socket.next("welcome");
        for (String topic : List.of("marketplace:new", "card:" + card, "tcg:pokemon")) {
            socket.send("{\"type\":\"subscribe\",\"topic\":\"" + topic + "\"}");
            assertThat(socket.next("subscribed").getString("topic")).isEqualTo(topic);
        }

        long listing = id(list(seller("ws-sell"), "11", ""));

        java.util.Set<String> topics = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            JsonObject frame = socket.next("listing_new");
            JsonObject data = frame.getJsonObject("data");
            if (data.getJsonNumber("listing_id").longValue() == listing) {
                assertThat(data.getJsonNumber("card_id").longValue()).isEqualTo(card);
                assertThat(decimal(data, "price")).isEqualByComparingTo("11");
                assertThat(data.getString("currency")).isEqualTo("EUR");
                topics.add(frame.getString("topic"));
            }
        }
        assertThat(topics).containsExactlyInAnyOrder("marketplace:new", "card:" + card, "tcg:pokemon");
    }
}
