package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.shared.ImageHeader;
import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.render.CardFaceRenderer;
import io.cardvault.recognition.synth.CatalogueReader;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-device scan sessions end to end on the real WAR: the owner opens a session and reads its
 * event stream while a second client (the phone, with only the claim token) claims, uploads a
 * synthesised card photo, reports it and completes; every refusal of the routes (wrong token, a
 * second claim, an upload after completion, another account's session, oversized and non-image
 * uploads, an expired session); the QR code decodes to the deeplink; the token never reaches the
 * server's logs.
 */
class ScanSessionsIT {

    private static final Path DATA = Path.of(System.getProperty("user.dir")).resolve("../../shared/data").normalize();
    private static final Duration READY_DEADLINE = Duration.ofMinutes(20);
    private static final HttpClient STREAM_CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** Every token a test saw: none may appear in a log line. */
    private static final List<String> TOKENS = Collections.synchronizedList(new ArrayList<>());

    private static String owner;
    private static String stranger;
    private static byte[] charizardPhoto;

    @BeforeAll
    static void accounts() {
        owner = Api.registerSession("scanner");
        stranger = Api.registerSession("stranger");
        CatalogueCard charizard = CatalogueReader.read(DATA.resolve("catalogue/tcgdex-en")).stream()
                .filter(card -> card.id().equals("base1-4")).findFirst().orElseThrow();
        charizardPhoto = new PhotoSynthesizer(PhotoSettings.phonePhotos())
                .generate(new CardFaceRenderer(DATA.resolve("art")).render(charizard, 630, 880), new Random(20261207L)).jpeg();
    }

    /** The owner's new session. */
    private static JsonObject open() {
        Api.Reply created = Api.call("POST", "/api/scan-sessions", null, "Cookie", owner);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonObject session = created.json().asJsonObject();
        TOKENS.add(session.getString("claim_token"));
        return session;
    }

    private static String path(JsonObject session, String tail) {
        return "/api/scan-sessions/" + session.getString("session_id") + tail;
    }

    private static String token(JsonObject session) {
        return session.getString("claim_token");
    }

    private static Api.Reply claim(JsonObject session, String token, String device) {
        return Api.call("POST", path(session, "/claim?token=" + token), "{\"device_name\":\"" + device + "\"}");
    }

    private static Api.Reply upload(JsonObject session, byte[] image, String contentType) {
        return Api.multipart(path(session, "/upload-photo"), List.of(Api.Part.file("file", "photo", contentType, image)),
                "X-Scan-Token", token(session));
    }

    /** A plain PNG of the given size (one red pixel): a photo the server accepts and turns, without a card on it. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void a_new_session_has_the_spec_fields_and_its_qr_decodes_to_the_deeplink() throws Exception {
        assertThat(Api.call("POST", "/api/scan-sessions", null).status()).isEqualTo(401);

        JsonObject session = open();
        String id = session.getString("session_id");
        assertThat(id).matches("[0-7][0-9A-HJKMNP-TV-Z]{25}");
        assertThat(token(session)).matches("ct_[0-9a-f]{64}");
        assertThat(session.getString("confirmation_code")).matches("[0-9]{6}");
        assertThat(session.getString("qr_url")).isEqualTo("/api/scan-sessions/" + id + "/qr.png");
        assertThat(session.getString("deeplink")).endsWith("/scan-pwa?session=" + id + "&t=" + token(session));
        Instant expires = Instant.parse(session.getString("expires_at"));
        assertThat(expires).isBetween(Instant.now().plus(Duration.ofMinutes(29)), Instant.now().plus(Duration.ofMinutes(31)));

        HttpResponse<byte[]> qr = STREAM_CLIENT.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + session.getString("qr_url")))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.body()));
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        // the code as the server drew it (not photographed): ZXing's detector for photos misses about 1 in 75 of these
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertThat(decoded).isEqualTo(session.getString("deeplink"));

        Api.Reply polled = Api.call("GET", path(session, ""), null, "Cookie", owner);
        assertThat(polled.status()).as(polled.body()).isEqualTo(200);
        assertThat(polled.json().asJsonObject().getString("status")).isEqualTo("pending");
        assertThat(polled.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void the_owners_stream_sees_claimed_photo_result_completed_in_order_while_the_phone_works() throws Exception {
        JsonObject session = open();
        ScanEventStream stream = new ScanEventStream(Api.baseUrl() + path(session, "/sse"), owner);
        assertThat(stream.awaitStatus()).isEqualTo(200);
        stream.awaitConnected();
        Realtime.Socket socket = Realtime.channel(owner);
        assertThat(socket.next("welcome").getBoolean("authenticated")).isTrue();
        socket.send("{\"type\":\"subscribe\",\"topics\":[\"scan:" + session.getString("session_id") + "\"]}");
        assertThat(socket.next("subscribed").getString("topic")).isEqualTo("scan:" + session.getString("session_id"));

        Api.Reply claimed = claim(session, token(session), "Pixel 8");
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(claimed.json().asJsonObject().getString("status")).isEqualTo("claimed");
        assertThat(claimed.json().asJsonObject().getString("confirmation_code")).isEqualTo(session.getString("confirmation_code"));

        Api.Reply photo = upload(session, png(40, 30), "image/png");
        assertThat(photo.status()).as(photo.body()).isEqualTo(200);
        String imageUrl = photo.json().asJsonObject().getString("image_url");
        assertThat(imageUrl).isEqualTo("/static/scans/" + session.getString("session_id") + "/0.webp");
        assertThat(photo.json().asJsonObject().getBoolean("ok")).isTrue();

        String recognition = "{\"scan_id\":\"20260507_131401_0a1b2c3d\",\"candidates\":[{\"card_id\":891,\"name\":\"Charizard\","
                + "\"score\":0.91,\"confidence\":\"high\"}]}";
        Api.Reply reported = Api.call("POST", path(session, "/results"), "{\"cards\":[{\"card_index\":0,\"captured_at\":"
                + "\"2026-05-07T13:14:01Z\",\"image_url\":\"" + imageUrl + "\",\"recognition\":" + recognition + "}]}",
                "X-Scan-Token", token(session));
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);

        Api.Reply completed = Api.call("POST", path(session, "/complete?token=" + token(session)), null);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().asJsonObject().getString("status")).isEqualTo("completed");

        stream.expectClaimedPhotoResultCompleted("Pixel 8", imageUrl, 891);

        // the same four on the WebSocket topic, as scan_result frames
        List<String> relayed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonObject relay = socket.next("scan_result").getJsonObject("data");
            assertThat(relay.getString("session_id")).isEqualTo(session.getString("session_id"));
            relayed.add(relay.getString("event"));
        }
        assertThat(relayed).containsExactly("claimed", "photo", "result", "completed");

        // the review reads the session; the photo is the upload turned a quarter clockwise, as WebP
        JsonObject review = Api.call("GET", path(session, ""), null, "Cookie", owner).json().asJsonObject();
        assertThat(review.getString("status")).isEqualTo("completed");
        assertThat(review.getString("device_name")).isEqualTo("Pixel 8");
        JsonArray results = review.getJsonArray("results");
        assertThat(results).hasSize(1);
        assertThat(results.getJsonObject(0).getString("captured_at")).isEqualTo("2026-05-07T13:14:01Z");
        assertThat(results.getJsonObject(0).getJsonObject("recognition").getString("scan_id")).isEqualTo("20260507_131401_0a1b2c3d");
        HttpResponse<byte[]> webp = STREAM_CLIENT.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + imageUrl))
                .header("Cookie", owner).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(webp.statusCode()).isEqualTo(200);
        ImageHeader header = ImageHeader.read(webp.body());
        assertThat(header.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(header.width()).isEqualTo(30);
        assertThat(header.height()).isEqualTo(40);
        assertThat(new String(webp.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        assertThat(Api.call("GET", imageUrl, null, "Cookie", stranger).status()).isEqualTo(404);
    }

    @Test
    void every_refusal_has_its_status_and_the_documented_shape() {
        JsonObject session = open();
        String wrong = "ct_" + "0".repeat(64);

        assertThat(upload(session, png(10, 10), "image/png").status()).as("a photo before the claim").isEqualTo(409);
        Api.Reply wrongClaim = claim(session, wrong, "Thief");
        assertThat(wrongClaim.status()).isEqualTo(401);
        assertThat(wrongClaim.json().asJsonObject().getString("detail")).isEqualTo("Invalid scan token");
        assertThat(Api.call("POST", path(session, "/claim"), "{\"device_name\":\"Pixel\"}").status())
                .as("no token").isEqualTo(401);
        Api.Reply noDevice = Api.call("POST", path(session, "/claim?token=" + token(session)), "{}");
        assertThat(noDevice.status()).isEqualTo(422);
        assertThat(noDevice.json().asJsonObject().getJsonArray("detail").getJsonObject(0).getJsonArray("loc").getString(1))
                .isEqualTo("device_name");

        assertThat(claim(session, token(session), "Pixel 8").status()).isEqualTo(200);
        Api.Reply again = claim(session, token(session), "Other phone");
        assertThat(again.status()).as("a reused claim").isEqualTo(409);
        assertThat(again.json().asJsonObject().getString("detail")).contains("already claimed");
        assertThat(Api.get(session.getString("qr_url")).status()).as("the QR once claimed").isEqualTo(404);

        assertThat(Api.call("GET", path(session, ""), null, "Cookie", stranger).status()).as("another account's").isEqualTo(404);
        assertThat(Api.call("GET", path(session, "/sse"), null, "Cookie", stranger).status()).isEqualTo(404);
        assertThat(Api.call("GET", path(session, ""), null).status()).as("anonymous").isEqualTo(401);
        assertThat(Api.call("GET", path(session, "?token=" + wrong), null).status()).isEqualTo(401);
        Api.Reply byToken = Api.call("GET", path(session, ""), null, "X-Scan-Token", token(session));
        assertThat(byToken.status()).isEqualTo(200);
        assertThat(byToken.json().asJsonObject().getString("device_name")).isEqualTo("Pixel 8");
        assertThat(Api.call("GET", "/api/scan-sessions/01HW6Q8ZZZZZZZZZZZZZZZZZZZ", null, "Cookie", owner).status()).isEqualTo(404);
        assertThat(Api.call("GET", "/api/scan-sessions/not-a-session", null, "Cookie", owner).status()).isEqualTo(404);

        Api.Reply text = upload(session, "just text, no image".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(text.status()).as(text.body()).isEqualTo(415);
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(png(10, 10), 0, huge, 0, png(10, 10).length);
        assertThat(upload(session, huge, "image/png").status()).as("over 10 MB").isEqualTo(413);
        Api.Reply noFile = Api.multipart(path(session, "/upload-photo"), List.of(Api.Part.text("note", "x")),
                "X-Scan-Token", token(session));
        assertThat(noFile.status()).isEqualTo(422);
        Api.Reply badResults = Api.call("POST", path(session, "/results"), "{\"cards\":[{\"card_index\":\"one\"}]}",
                "X-Scan-Token", token(session));
        assertThat(badResults.status()).isEqualTo(422);
        assertThat(badResults.json().asJsonObject().getJsonArray("detail").getJsonObject(0).getJsonArray("loc").getString(1))
                .isEqualTo("card_index");
        Api.Reply noPhoto = Api.call("POST", path(session, "/results"), "{\"cards\":[{\"card_index\":7}]}",
                "X-Scan-Token", token(session));
        assertThat(noPhoto.status()).as("no recognition and no photo").isEqualTo(422);

        assertThat(Api.call("POST", path(session, "/complete"), null, "X-Scan-Token", token(session)).status()).isEqualTo(200);
        Api.Reply late = upload(session, png(10, 10), "image/png");
        assertThat(late.status()).as("an upload after complete").isEqualTo(409);
        assertThat(late.json().asJsonObject().getString("detail")).contains("completed");
        assertThat(Api.call("POST", path(session, "/complete"), null, "X-Scan-Token", token(session)).status()).isEqualTo(409);
    }

    @Test
    void an_expired_session_is_purged_with_its_photos() {
        JsonObject session = open();
        assertThat(claim(session, token(session), "Pixel 8").status()).isEqualTo(200);
        String imageUrl = upload(session, png(20, 10), "image/png").json().asJsonObject().getString("image_url");
        assertThat(Api.call("GET", imageUrl, null, "Cookie", owner).status()).isEqualTo(200);
        JsonObject fresh = open();

        // six minutes on, the first session has been idle past its five; the purge runs on this node's lease
        Api.Reply run = Api.call("POST", "/api/testing/scan/purge-run", "{\"as_of\":\""
                + Instant.now().plus(Duration.ofMinutes(6)) + "\"}");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().asJsonObject().getInt("purged")).isGreaterThanOrEqualTo(2);

        assertThat(Api.call("GET", path(session, ""), null, "Cookie", owner).status()).isEqualTo(404);
        assertThat(claim(fresh, token(fresh), "Pixel 8").status()).as("purged too: idle past five minutes").isEqualTo(404);
        assertThat(Api.call("GET", imageUrl, null, "Cookie", owner).status()).isEqualTo(404);
        assertThat(upload(session, png(10, 10), "image/png").status()).isEqualTo(404);
    }

    @Test
    void a_card_reported_without_recognition_is_recognised_by_the_server_from_its_photo() throws Exception {
        // the recognition index is built in the background: wait for it before a session's idle minutes run
        Catalogue.awaitImported();
        Instant deadline = Instant.now().plus(READY_DEADLINE);
        while (recognizeDirectly().status() == 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(3_000);
        }
        JsonObject session = open();
        assertThat(claim(session, token(session), "Pixel 8").status()).isEqualTo(200);
        Api.Reply photo = upload(session, charizardPhoto, "image/jpeg");
        assertThat(photo.status()).as(photo.body()).isEqualTo(200);

        Api.Reply reported = Api.call("POST", path(session, "/results"), "{\"cards\":[{\"card_index\":0}]}",
                "X-Scan-Token", token(session));
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);
        JsonObject card = reported.json().asJsonObject().getJsonObject("session").getJsonArray("results").getJsonObject(0);
        JsonObject best = card.getJsonObject("recognition").getJsonArray("candidates").getJsonObject(0);
        assertThat(best.getString("name")).as(card.toString()).isEqualTo("Charizard");
        assertThat(best.getString("set_name")).isEqualTo("Base Set");
        assertThat(card.getJsonObject("recognition").containsKey("capture_quality")).isTrue();
    }

    private static Api.Reply detect(byte[] image, String... headers) {
        return Api.multipart("/api/cards/recognize/detect", List.of(Api.Part.file("image", "frame.jpg", "image/jpeg", image)),
                headers);
    }

    @Test
    void the_paired_phone_gets_the_outline_hint_by_its_token_while_the_session_lives() {
        CatalogueCard charizard = CatalogueReader.read(DATA.resolve("catalogue/tcgdex-en")).stream()
                .filter(card -> card.id().equals("base1-4")).findFirst().orElseThrow();
        // the photo RecognitionIT's outline test uses: its contour is found
        byte[] frame = new PhotoSynthesizer(PhotoSettings.phonePhotos())
                .generate(new CardFaceRenderer(DATA.resolve("art")).render(charizard, 630, 880), new Random(3L)).jpeg();
        JsonObject session = open();
        String id = session.getString("session_id");

        Api.Reply pending = detect(frame, "X-Scan-Token", token(session), "X-Scan-Session", id);
        assertThat(pending.status()).as("pending: the phone may look before its claim lands").isEqualTo(200);
        assertThat(claim(session, token(session), "Pixel 8").status()).isEqualTo(200);
        Api.Reply live = detect(frame, "X-Scan-Token", token(session), "X-Scan-Session", id);
        assertThat(live.status()).as(live.body()).isEqualTo(200);
        JsonObject answer = live.json().asJsonObject();
        assertThat(answer.getBoolean("card_found")).isTrue();
        assertThat(answer.getJsonArray("contour")).hasSize(4);
        assertThat(answer.getJsonArray("advice")).allSatisfy(advice -> assertThat(advice.asJsonObject().getString("code"))
                .isIn("cut_off", "too_far", "glare", "blurred", "too_dark"));

        Api.Reply wrong = detect(frame, "X-Scan-Token", "ct_" + "0".repeat(64), "X-Scan-Session", id);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().asJsonObject().getString("detail")).isEqualTo("Invalid or expired scan token");
        JsonObject other = open();
        assertThat(detect(frame, "X-Scan-Token", token(session), "X-Scan-Session", other.getString("session_id")).status())
                .as("another session's token").isEqualTo(401);
        assertThat(detect(frame, "X-Scan-Token", token(session)).status()).as("no session named").isEqualTo(401);
        assertThat(detect(frame, "X-Scan-Token", token(session), "X-Scan-Session", "not-a-session").status()).isEqualTo(401);
        Api.Reply anonymous = detect(frame);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().asJsonObject().getString("detail")).isEqualTo("Not authenticated");

        assertThat(Api.call("POST", path(session, "/complete"), null, "X-Scan-Token", token(session)).status()).isEqualTo(200);
        Api.Reply completed = detect(frame, "X-Scan-Token", token(session), "X-Scan-Session", id);
        assertThat(completed.status()).as("a completed session's token").isEqualTo(401);
        assertThat(completed.json().asJsonObject().getString("detail")).isEqualTo("Invalid or expired scan token");
    }

        private static Api.Reply recognizeDirectly() {
        return Api.multipart("/api/cards/recognize", List.of(Api.Part.file("image", "card.jpg", "image/jpeg", charizardPhoto)),
                "Cookie", owner);
    }

    @AfterAll
    static void no_claim_token_reaches_the_server_logs() throws IOException {
        ServerLogs.assertNoClaimToken("cardvault-it", TOKENS);
    }
}
