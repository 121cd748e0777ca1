package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.synth.CatalogueReader;
import io.cardvault.recognition.render.CardFaceRenderer;
import io.cardvault.recognition.synth.CaptureCondition;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recognition routes end to end: a synthetic phone photo of a known card (the recognition
 * module's renderer and synthesizer, fixed seed) is recognised by the server from references it
 * built out of the imported catalogue; the scan is then confirmed; plus the 4xx answers.
 */
class RecognitionIT {

    private static final Path DATA = Path.of(System.getProperty("user.dir")).resolve("../../shared/data").normalize();
    private static final Duration READY_DEADLINE = Duration.ofMinutes(20); // rendering 39k reference faces on a busy 2-core machine
    private static String cookie;

    @BeforeAll
    static void signUp() {
        String username = "scan" + Long.toString(System.nanoTime(), 36);
        Api.Reply reply = Api.call("POST", "/auth/register", "{\"username\":\"" + username + "\",\"email\":\""
                + username + "@example.com\",\"password\":\"hunter2hunter2\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        cookie = reply.raw().headers().allValues("Set-Cookie").stream().map(value -> value.split(";", 2)[0])
                .filter(value -> value.startsWith("tcg_session=")).findFirst().orElseThrow();
    }

    private static Api.Reply recognize(byte[] image, String... headers) {
        return Api.multipart("/api/cards/recognize", List.of(Api.Part.file("image", "card.jpg", "image/jpeg", image),
                Api.Part.text("tcg_slug", "pokemon")), headers);
    }

    /** Base Set Charizard: its artwork is shared with its reprints, which differ by set code and number only. */
    private static CatalogueCard baseSetCharizard() {
        return CatalogueReader.read(DATA.resolve("catalogue/tcgdex-en")).stream()
                .filter(card -> card.id().equals("base1-4")).findFirst().orElseThrow();
    }

    private static long catalogueId(String name, String number, String setName) {
        JsonArray items = Api.get("/api/v2/cards?game=pokemon&name=" + name + "&number=" + number).json()
                .asJsonObject().getJsonArray("items");
        for (JsonValue item : items) {
            long id = item.asJsonObject().getJsonNumber("id").longValue();
            if (Api.get("/api/v2/cards/" + id).json().asJsonObject().getJsonObject("set").getString("name").equals(setName)) {
                return id;
            }
        }
        throw new AssertionError("no " + name + " " + number + " in " + setName + " among " + items);
    }

    private static byte[] photoOf(CatalogueCard card, long seed) {
        CardFaceRenderer renderer = new CardFaceRenderer(DATA.resolve("art"));
        SyntheticPhoto photo = new PhotoSynthesizer(PhotoSettings.phonePhotos())
                .generate(renderer.render(card, 630, 880), new Random(seed));
        return photo.jpeg();
    }

    /** Waits out the background index build (503 meanwhile, in the error shape). */
    private static Api.Reply recognizeWhenReady(byte[] image) throws InterruptedException {
        Catalogue.awaitImported();
        Instant deadline = Instant.now().plus(READY_DEADLINE);
        Api.Reply reply = recognize(image, "Cookie", cookie);
        while (reply.status() == 503 && Instant.now().isBefore(deadline)) {
            assertThat(reply.json().asJsonObject().getString("detail")).contains("index");
            assertThat(reply.header("Retry-After")).isNotNull();
            Thread.sleep(3_000);
            reply = recognize(image, "Cookie", cookie);
        }
        return reply;
    }

    @Test
    void a_synthetic_photo_of_base_set_charizard_is_recognised_top_1_and_its_scan_can_be_confirmed() throws InterruptedException {
        long charizard = catalogueId("Charizard", "4/102", "Base Set");
        Api.Reply reply = recognizeWhenReady(photoOf(baseSetCharizard(), 20261121L));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject body = reply.json().asJsonObject();
        assertThat(body.getString("scan_id")).matches("\\d{8}_\\d{6}_[0-9a-f]{8}");
        JsonObject best = body.getJsonArray("candidates").getJsonObject(0);
        assertThat(best.getJsonNumber("card_id").longValue()).as(reply.body()).isEqualTo(charizard);
        assertThat(best.getString("name")).isEqualTo("Charizard");
        assertThat(best.getString("set_name")).isEqualTo("Base Set");
        assertThat(best.getString("tcg_slug")).isEqualTo("pokemon");
        assertThat(best.getString("confidence")).isIn("high", "medium", "low", "conflict");
        assertThat(best.getJsonObject("components").keySet())
                .containsExactlyInAnyOrder("embedding", "collector_number", "name", "feature_match", "set_context");
        assertThat(best.getInt("rotation_used")).isIn(0, 90, 180, 270);
        assertThat(body.getJsonObject("capture_quality").keySet())
                .contains("overall_score", "color_reliability", "glare_severity", "verdict", "fake_risk");
        assertThat(body.containsKey("debug")).isFalse();

        Api.Reply confirmed = Api.call("POST", "/api/cards/recognize/confirm",
                "{\"scan_id\":\"" + body.getString("scan_id") + "\",\"card_id\":" + charizard + "}", "Cookie", cookie);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().asJsonObject().getBoolean("confirmed")).isTrue();

        Api.Reply unknownScan = Api.call("POST", "/api/cards/recognize/confirm",
                "{\"scan_id\":\"20200101_000000_00000000\",\"card_id\":" + charizard + "}", "Cookie", cookie);
        assertThat(unknownScan.status()).isEqualTo(404);
        assertThat(unknownScan.json().asJsonObject().getString("detail")).contains("Scan not found");
        Api.Reply unknownCard = Api.call("POST", "/api/cards/recognize/confirm",
                "{\"scan_id\":\"" + body.getString("scan_id") + "\",\"card_id\":999999999}", "Cookie", cookie);
        assertThat(unknownCard.status()).isEqualTo(404);
        Api.Reply missing = Api.call("POST", "/api/cards/recognize/confirm", "{\"card_id\":1}", "Cookie", cookie);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().asJsonObject().getJsonArray("detail").getJsonObject(0).getJsonArray("loc").getString(1))
                .isEqualTo("scan_id");

        Api.Reply debug = Api.multipart("/api/cards/recognize", List.of(
                Api.Part.file("image", "card.jpg", "image/jpeg", photoOf(baseSetCharizard(), 7L)),
                Api.Part.text("debug", "true")), "Cookie", cookie);
        assertThat(debug.status()).as(debug.body()).isEqualTo(200);
        assertThat(debug.json().asJsonObject().getJsonObject("debug").containsKey("blur_variance")).isTrue();
    }

    @Test
    void detect_answers_the_card_contour_of_a_photo() {
        Api.Reply reply = Api.multipart("/api/cards/recognize/detect",
                List.of(Api.Part.file("image", "card.jpg", "image/jpeg", photoOf(baseSetCharizard(), 3L))), "Cookie", cookie);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject body = reply.json().asJsonObject();
        assertThat(body.getBoolean("card_found")).isTrue();
        assertThat(body.getJsonArray("contour")).hasSize(4);
    }

    @Test
    void anonymous_callers_are_401_and_a_free_tier_api_key_is_403() throws InterruptedException {
        byte[] photo = photoOf(baseSetCharizard(), 11L);
        assertThat(recognizeWhenReady(photo).status()).isEqualTo(200);
        Api.Reply anonymous = recognize(photo);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().asJsonObject().getString("detail")).isEqualTo("Not authenticated");

        Api.Reply key = Api.call("POST", "/api/keys", "{\"name\":\"scanner\"}", "Cookie", cookie);
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        String secret = key.json().asJsonObject().getString("key");
        Api.Reply free = recognize(photo, "X-API-Key", secret);
        assertThat(free.status()).as(free.body()).isEqualTo(403);
        assertThat(free.json().asJsonObject().getString("detail")).contains("Starter");
    }

    @Test
    void non_images_oversized_uploads_and_missing_fields_are_clear_4xx() {
        Api.Reply text = Api.multipart("/api/cards/recognize", List.of(Api.Part.file("image", "card.jpg", "image/jpeg",
                "this is not an image at all".getBytes(StandardCharsets.UTF_8))), "Cookie", cookie);
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().asJsonObject().getString("detail")).contains("JPEG, PNG or WebP");

        byte[] oversized = new byte[10 * 1024 * 1024 + 1];
        oversized[0] = (byte) 0xff;
        oversized[1] = (byte) 0xd8;
        oversized[2] = (byte) 0xff;
        Api.Reply big = Api.multipart("/api/cards/recognize", List.of(Api.Part.file("image", "big.jpg", "image/jpeg",
                oversized)), "Cookie", cookie);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.json().asJsonObject().getString("detail")).contains("10 MB");

        Api.Reply missing = Api.multipart("/api/cards/recognize", List.of(Api.Part.text("tcg_slug", "pokemon")),
                "Cookie", cookie);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().asJsonObject().getJsonArray("detail").getJsonObject(0).getJsonArray("loc").getString(1))
                .isEqualTo("image");

        Api.Reply detectText = Api.multipart("/api/cards/recognize/detect", List.of(Api.Part.file("image", "x.png",
                "image/png", "GIF89a-not-png-at-all".getBytes(StandardCharsets.UTF_8))), "Cookie", cookie);
        assertThat(detectText.status()).isEqualTo(415);
    }

    @Test
    void a_decompression_bomb_and_broken_headers_are_refused_from_the_header_and_the_server_stays_ready() {
        // 20,000 × 20,000 greyscale zeros: a small file that decoded took over a gigabyte per request
        byte[] bomb = greyPng(20_000, 20_000);
        for (String route : List.of("/api/cards/recognize", "/api/cards/recognize/detect")) {
            Api.Reply refused = Api.multipart(route, List.of(Api.Part.file("image", "card.png", "image/png", bomb)),
                    "Cookie", cookie);
            assertThat(refused.status()).as(route).isEqualTo(422);
            assertThat(refused.json().asJsonObject().getString("detail")).contains("20000 × 20000 pixels");
        }
        assertThat(Api.get("/health/ready").status()).isEqualTo(200);

        byte[] png = greyPng(64, 64);
        Api.Reply truncated = Api.multipart("/api/cards/recognize/detect", List.of(Api.Part.file("image", "card.png",
                "image/png", Arrays.copyOf(png, 24))), "Cookie", cookie);
        assertThat(truncated.status()).isEqualTo(422);
        assertThat(truncated.json().asJsonObject().getString("detail")).contains("corrupt or truncated");

        // a JPEG whose frame header states 60,000 × 60,000 pixels, declared as anything at all
        byte[] hugeJpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xc0, 0, 17, 8, (byte) 0xea, 0x60, (byte) 0xea, 0x60,
                3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, (byte) 0xff, (byte) 0xd9};
        Api.Reply huge = Api.multipart("/api/cards/recognize/detect", List.of(Api.Part.file("image", "card.gif",
                "application/octet-stream", hugeJpeg)), "Cookie", cookie);
        assertThat(huge.status()).isEqualTo(422);

        // a document renamed card.jpg and declared image/jpeg is still not an image
        Api.Reply renamed = Api.multipart("/api/cards/recognize/detect", List.of(Api.Part.file("image", "card.jpg",
                "image/jpeg", "%PDF-1.7\n1 0 obj << >> endobj".getBytes(StandardCharsets.US_ASCII))), "Cookie", cookie);
        assertThat(renamed.status()).isEqualTo(415);
    }

    /** An 8-bit greyscale PNG of zeros, deflated: a 20,000-pixel square is about a megabyte. */
    private static byte[] greyPng(int width, int height) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        long left = (long) height * (width + 1); // each row: filter byte 0, then its pixels
        byte[] zeros = new byte[1 << 22];
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (left > 0) {
            int n = (int) Math.min(zeros.length, left);
            deflater.setInput(zeros, 0, n);
            left -= n;
            while (!deflater.needsInput()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.writeBytes(pngChunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array()));
        png.writeBytes(pngChunk("IDAT", idat.toByteArray()));
        png.writeBytes(pngChunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    /**
     * A phone photo of the card under the benchmark's clipped-corner condition (fixed seed): the card
     * runs past one edge of the photo, so its outline has to be completed beyond it (issue 27).
     */
    private static byte[] clippedCornerPhotoOf(CatalogueCard card) {
        CardFaceRenderer renderer = new CardFaceRenderer(DATA.resolve("art"));
        SyntheticPhoto photo = new PhotoSynthesizer(PhotoSettings.phonePhotos())
                .generate(renderer.render(card, 630, 880), new Random(20261121L), CaptureCondition.CLIPPED_CORNER);
        assertThat(photo.clippedSide()).isPresent();
        assertThat(photo.outsideShare()).isGreaterThan(0.01);
        return photo.jpeg();
    }

    @Test
    void a_photo_with_a_corner_of_the_card_outside_it_is_recognised_top_1() throws InterruptedException {
        long charizard = catalogueId("Charizard", "4/102", "Base Set");
        Api.Reply reply = recognizeWhenReady(clippedCornerPhotoOf(baseSetCharizard()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject best = reply.json().asJsonObject().getJsonArray("candidates").getJsonObject(0);
        assertThat(best.getJsonNumber("card_id").longValue()).as(reply.body()).isEqualTo(charizard);
        assertThat(best.getString("set_name")).isEqualTo("Base Set");
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
    }
}
