package io.cardvault.it;

import static io.cardvault.it.Market.as;
import static io.cardvault.it.Market.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.recognition.synth.PhotoEdits;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Trust codes (issue 23) on the real server: a protected listing's code and watermarked photo,
 * {@code GET /api/verify/{code}} anonymous and in any case, unknown and impossible codes, expiry
 * after a sale and a withdrawal, the photo check, bad input, and the per-address quota.
 */
class VerificationIT {

    private static final String UPLOAD = "/api/upload/listing-image";
    /**
     * Mixed into every picture's seed: the IT server's database outlives a run, and a picture protected
     * again in a later run would be nearer an earlier run's listing of the same picture than to its own.
     */
    private static final long RUN = new java.security.SecureRandom().nextLong();

    /**
     * A picture drawn from a seed: a 4 × 5 grid of blocks of random brightness and colour, then shapes
     * and a label. The grid makes pictures of different seeds differ at low frequencies, as photos of
     * different cards do (smooth gradients alone would all hash alike).
     */
    static BufferedImage picture(long seed) {
        Random random = new Random(seed * 1_000_003L + RUN);
        BufferedImage image = new BufferedImage(630, 880, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 4; col++) {
                graphics.setColor(new Color(random.nextInt(0xFFFFFF)));
                graphics.fillRect(col * 158, row * 176, 158, 176);
            }
        }
        for (int i = 0; i < 25; i++) {
            graphics.setColor(new Color(random.nextInt(0xFFFFFF)));
            graphics.fillOval(random.nextInt(630), random.nextInt(880), 20 + random.nextInt(80), 20 + random.nextInt(80));
        }
        graphics.setColor(Color.BLACK);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
        graphics.drawString("Card " + seed, 60, 120);
        graphics.dispose();
        return image;
    }

    static String uploadPhoto(String seller, byte[] jpeg) {
        Api.Reply uploaded = Api.multipart(UPLOAD, List.of(Api.Part.file("file", "card.jpg", "image/jpeg", jpeg)),
                "Cookie", seller);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        return uploaded.json().asJsonObject().getString("url");
    }

    /** A protected listing of Charizard with one uploaded photo of {@code seed}; its answer. */
    static JsonObject protectedListing(String seller, long seed) {
        String url = uploadPhoto(seller, PhotoEdits.jpeg(picture(seed), 0.92f));
        return Market.list(seller, "40", "\"image_protection\":true,\"buy_now_enabled\":true,\"image_urls\":[\"" + url + "\"]");
    }

    static byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The code of a listing, read back through the photo check of its own served photo. */
    static String codeOf(JsonObject listing) {
        byte[] served = download(listing.getJsonArray("image_urls").getString(0));
        Api.Reply check = Api.multipart("/api/verify/photo", List.of(Api.Part.file("file", "found.jpg", "image/jpeg", served)));
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        JsonObject answer = check.json().asJsonObject();
        assertThat(answer.getBoolean("matched")).as(check.body()).isTrue();
        return answer.getString("code");
    }

    @Test
    void a_protected_listing_serves_a_watermarked_photo_and_its_code_verifies_anonymously_in_any_case() {
        String seller = Market.seller("verify-seller");
        String original = uploadPhoto(seller, PhotoEdits.jpeg(picture(101), 0.92f));
        JsonObject listing = Market.list(seller, "40", "\"image_protection\":true,\"image_urls\":[\"" + original + "\"]");

        String served = listing.getJsonArray("image_urls").getString(0);
        assertThat(served).startsWith("/static/listing_images/").isNotEqualTo(original);
        assertThat(download(served)).isNotEqualTo(download(original));
        String code = codeOf(listing);
        assertThat(code).matches("[A-HJ-NP-Z2-9]{8}");

        Api.Reply verified = Api.get("/api/verify/" + code.toLowerCase(java.util.Locale.ROOT));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        JsonObject answer = verified.json().asJsonObject();
        assertThat(answer.keySet()).containsExactlyInAnyOrder("valid", "code", "status", "card_name", "set_name", "condition",
                "seller_username", "watermark_enabled", "created_at", "listing_url");
        assertThat(answer.getBoolean("valid")).isTrue();
        assertThat(answer.getString("code")).isEqualTo(code);
        assertThat(answer.getString("status")).isEqualTo("active");
        assertThat(answer.getString("card_name")).isEqualTo("Charizard");
        assertThat(answer.getString("set_name")).isEqualTo("Base Set");
        assertThat(answer.getString("condition")).isEqualTo("NM");
        assertThat(answer.getString("seller_username")).isEqualTo(Market.username(seller));
        assertThat(answer.getBoolean("watermark_enabled")).isTrue();
        assertThat(answer.getString("listing_url")).isEqualTo("/listings/" + id(listing));
        assertThat(verified.header("Cache-Control")).contains("max-age=30");
        assertThat(Api.get("/en" + answer.getString("listing_url")).status()).isEqualTo(200);
    }

    @Test
    void an_unprotected_listing_keeps_its_photo_and_has_no_code() {
        String seller = Market.seller("verify-plain");
        String original = uploadPhoto(seller, PhotoEdits.jpeg(picture(102), 0.92f));
        JsonObject listing = Market.list(seller, "40", "\"image_urls\":[\"" + original + "\"]");

        assertThat(listing.getJsonArray("image_urls").getString(0)).isEqualTo(original);
    }

    @Test
    void unknown_and_impossible_codes_are_not_valid_and_an_overlong_one_is_a_422() {
        for (String code : List.of("ZZZZZZZZ", "k7h2qp", "K0O1I2", "abc", "not-a-code")) {
            Api.Reply reply = Api.get("/api/verify/" + code);
            assertThat(reply.status()).as(code).isEqualTo(200);
            JsonObject answer = reply.json().asJsonObject();
            assertThat(answer.keySet()).containsExactlyInAnyOrder("valid", "code");
            assertThat(answer.getBoolean("valid")).isFalse();
            assertThat(answer.getString("code")).isEqualTo(code.toUpperCase(java.util.Locale.ROOT));
        }
        Api.Reply overlong = Api.get("/api/verify/" + "A".repeat(65));
        assertThat(overlong.status()).isEqualTo(422);
        assertThat(overlong.json().asJsonObject().getJsonArray("detail").getJsonObject(0).getJsonArray("loc").getString(1))
                .isEqualTo("code");
    }

    @Test
    void a_code_expires_when_its_listing_is_sold_or_withdrawn() {
        String seller = Market.seller("verify-expiry");
        JsonObject sold = protectedListing(seller, 103);
        JsonObject withdrawn = protectedListing(seller, 104);
        String soldCode = codeOf(sold);
        String withdrawnCode = codeOf(withdrawn);
        assertThat(Api.get("/api/verify/" + soldCode).json().asJsonObject().getString("status")).isEqualTo("active");

        String buyer = Api.registerSession("verify-buyer");
        Api.Reply bought = as(buyer, "POST", "/api/listings/" + id(sold) + "/buy-now", "{}");
        assertThat(bought.status()).as(bought.body()).isBetween(200, 201);
        Api.Reply gone = as(seller, "DELETE", "/seller/listings/" + id(withdrawn), null);
        assertThat(gone.status()).as(gone.body()).isBetween(200, 204);
        Api.pause(Duration.ofMillis(1_500)); // the IT server holds answers 1 s

        for (String code : List.of(soldCode, withdrawnCode)) {
            JsonObject answer = Api.get("/api/verify/" + code).json().asJsonObject();
            assertThat(answer.getBoolean("valid")).isTrue();
            assertThat(answer.getString("status")).as(code).isEqualTo("expired");
        }
    }

    @Test
    void the_photo_check_finds_a_recompressed_crop_and_refuses_bad_uploads() {
        String seller = Market.seller("verify-photo");
        JsonObject listing = protectedListing(seller, 105);
        String code = codeOf(listing);
        BufferedImage served = PhotoEdits.read(download(listing.getJsonArray("image_urls").getString(0)));
        byte[] crop = PhotoEdits.jpeg(PhotoEdits.crop(PhotoEdits.resize(served, 0.5), 0.10, 0.5, 0.5), 0.6f);

        JsonObject found = Api.multipart("/api/verify/photo", List.of(Api.Part.file("file", "found.jpg", "image/jpeg", crop)))
                .json().asJsonObject();
        assertThat(found.getBoolean("matched")).isTrue();
        assertThat(found.getString("code")).isEqualTo(code);
        assertThat(found.getJsonNumber("listing_id").longValue()).isEqualTo(id(listing));
        assertThat(found.getInt("distance")).isLessThanOrEqualTo(found.getInt("threshold"));

        JsonObject unrelated = Api.multipart("/api/verify/photo", List.of(Api.Part.file("file", "other.jpg", "image/jpeg",
                PhotoEdits.jpeg(picture(999_001), 0.9f)))).json().asJsonObject();
        // the server's database holds the other tests' synthetic pictures too (and earlier runs'): only this
        // listing is certain to be unrelated; the false-match rate on card photos is bench/fingerprint's
        if (unrelated.getBoolean("matched")) {
            assertThat(unrelated.getJsonNumber("listing_id").longValue()).isNotEqualTo(id(listing));
        } else {
            assertThat(!unrelated.containsKey("code") || unrelated.isNull("code")).as("no code without a match").isTrue();
            assertThat(unrelated.getInt("distance")).isGreaterThan(unrelated.getInt("threshold"));
        }

        assertThat(Api.multipart("/api/verify/photo", List.of(Api.Part.text("other", "x"))).status()).isEqualTo(422);
        assertThat(Api.multipart("/api/verify/photo", List.of(Api.Part.file("file", "a.txt", "text/plain",
                "not an image".getBytes(StandardCharsets.US_ASCII)))).status()).isEqualTo(415);
    }

    @Test
    void the_verification_quota_refuses_an_address_past_it_with_429_and_leaves_other_addresses_alone() throws IOException {
        int second = java.time.LocalTime.now(java.time.ZoneOffset.UTC).getSecond();
        if (second > 40) {
            Api.pause(Duration.ofSeconds(61 - second)); // the quota refills whole at each minute: start a fresh one
        }
        int refused = 0;
        for (int i = 0; i < 205 && refused == 0; i++) {
            if (statusFrom("127.0.0.2", "/api/verify/ZZZZZZZ" + (char) ('A' + i % 20)) == 429) {
                refused = i + 1;
            }
        }
        assertThat(refused).as("the 201st call of the minute").isEqualTo(201);
        assertThat(Api.get("/api/verify/ZZZZZZZZ").status()).as("127.0.0.1 keeps its own quota").isEqualTo(200);
    }

    /** One GET from a given loopback address (HttpClient cannot choose its source address). */
    private static int statusFrom(String sourceAddress, String path) throws IOException {
        URI base = URI.create(Api.baseUrl());
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(sourceAddress), 0));
            socket.connect(new InetSocketAddress(base.getHost().equals("localhost") ? "127.0.0.1" : base.getHost(), base.getPort()),
                    10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                statusLine.append((char) c);
            }
            return Integer.parseInt(statusLine.toString().split(" ")[1]);
        }
    }
}
