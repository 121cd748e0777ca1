package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.render.CardFaceRenderer;
import io.cardvault.recognition.synth.CatalogueReader;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The scan PWA in headless Chromium with a fake camera playing a video made from a synthesised photo
 * of Base Set Charizard: the signed-in app captures, recognises the card and saves it to the
 * collection from the review screen; the desktop's "Scan with your phone" page pairs with a second,
 * signed-out browser through the deeplink (whose token also admits it to the live outline hint) and
 * fills in live; the service worker is registered and the shell opens with the network cut.
 */
class ScanPwaBrowserIT {

    private static final Path DATA = Path.of(System.getProperty("user.dir")).resolve("../../shared/data").normalize();
    private static final Dimension PHONE = new Dimension(360, 800);
    private static final Duration READY_DEADLINE = Duration.ofMinutes(20);
    private static Path camera;
    private static byte[] photo;
    private static long charizard;

    @BeforeAll
    static void fakeCamera() throws IOException {
        CatalogueCard card = CatalogueReader.read(DATA.resolve("catalogue/tcgdex-en")).stream()
                .filter(entry -> entry.id().equals("base1-4")).findFirst().orElseThrow();
        photo = new PhotoSynthesizer(PhotoSettings.phonePhotos())
                .generate(new CardFaceRenderer(DATA.resolve("art")).render(card, 630, 880), new Random(20261207L)).jpeg();
        camera = Files.createTempFile("scan-camera", ".y4m");
        writeY4m(ImageIO.read(new ByteArrayInputStream(photo)), camera);
        charizard = Api.get("/api/v2/cards?game=pokemon&name=Charizard&number=4/102").json().asJsonObject()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(item -> Api.get("/api/v2/cards/" + item.getJsonNumber("id").longValue()).json().asJsonObject()
                        .getJsonObject("set").getString("name").equals("Base Set"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /**
     * A few frames of the photo as a YUV4MPEG2 video (4:2:0), the format Chromium's fake camera plays in a
     * loop; the longer side is scaled to 960 pixels, both sides even.
     */
    static void writeY4m(BufferedImage source, Path target) throws IOException {
        double scale = 960.0 / Math.max(source.getWidth(), source.getHeight());
        int width = (int) Math.round(source.getWidth() * scale) & ~1;
        int height = (int) Math.round(source.getHeight() * scale) & ~1;
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        byte[] y = new byte[width * height];
        byte[] u = new byte[width * height / 4];
        byte[] v = new byte[width * height / 4];
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                int rgb = frame.getRGB(column, row);
                int r = (rgb >> 16) & 0xff;
                int gr = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                y[row * width + column] = (byte) clamp(0.299 * r + 0.587 * gr + 0.114 * b);
                if (row % 2 == 0 && column % 2 == 0) {
                    int chroma = (row / 2) * (width / 2) + column / 2;
                    u[chroma] = (byte) clamp(128 - 0.168736 * r - 0.331264 * gr + 0.5 * b);
                    v[chroma] = (byte) clamp(128 + 0.5 * r - 0.418688 * gr - 0.081312 * b);
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 3; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(y);
                out.write(u);
                out.write(v);
            }
        }
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static HeadlessBrowser phone() {
        return HeadlessBrowser.open(PHONE, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + camera);
    }

    /** The recognition index is built in the background after the import: wait for it once. */
    private static void awaitRecognition(String cookie) throws InterruptedException {
        Catalogue.awaitImported();
        Instant deadline = Instant.now().plus(READY_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = Api.multipart("/api/cards/recognize", List.of(Api.Part.file("image", "card.jpg", "image/jpeg", photo)),
                    "Cookie", cookie);
            if (reply.status() != 503) {
                return;
            }
            Thread.sleep(3_000);
        }
    }

    /** Waits for the candidate, and picks Charizard among the choices when the app is unsure. */
    private static void acceptCharizard(HeadlessBrowser browser) {
        WebDriverWait slow = new WebDriverWait(browser.driver(), Duration.ofSeconds(90));
        slow.until(ExpectedConditions.visibilityOfElementLocated(By.id("candidate")));
        List<WebElement> choices = browser.driver().findElements(By.cssSelector("#choices button[data-card-id='" + charizard + "']"));
        if (!choices.isEmpty() && choices.get(0).isDisplayed()) {
            choices.get(0).click();
        }
        assertThat(browser.driver().findElement(By.id("candidate-name")).getText()).isEqualTo("Charizard");
        assertThat(browser.driver().findElement(By.id("candidate-set")).getText()).contains("Base Set");
        assertThat(browser.driver().findElement(By.id("candidate-confidence")).getText()).startsWith("Confidence:");
    }

    @Test
    void the_app_captures_recognises_the_card_and_saves_it_to_the_collection(TestInfo test) throws Exception {
        try (HeadlessBrowser browser = phone()) {
            browser.recordCspViolations();
            browser.signUp("pwa");
            awaitRecognition(browser.sessionCookie());

            browser.driver().get(Api.baseUrl() + "/scan-pwa");
            WebDriverWait slow = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
            slow.until(ExpectedConditions.elementToBeClickable(By.id("capture")));
            browser.screenshot(test, "1-camera");
            browser.driver().findElement(By.id("capture")).click();
            acceptCharizard(browser);
            assertThat(browser.driver().findElement(By.id("quality-advice")).getText()).isNotBlank();
            browser.screenshot(test, "2-recognised");
            browser.driver().findElement(By.id("keep")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("kept-count"), "1"));
            assertThat(browser.scrollsSideways()).as("the camera page at 360 px").isFalse();
            assertThat(browser.cspViolations("/scan-pwa")).isEmpty();

            browser.driver().findElement(By.id("review-link")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card-row")));
            WebElement row = browser.driver().findElement(By.cssSelector(".card-row"));
            assertThat(row.findElement(By.className("card-name")).getText()).isEqualTo("Charizard");
            WebElement quantity = row.findElement(By.className("card-quantity"));
            quantity.clear();
            quantity.sendKeys("2");
            row.findElement(By.cssSelector(".card-condition option[value='LP']")).click();
            browser.screenshot(test, "3-review");
            browser.driver().findElement(By.id("save-collection")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-status"), "Saved 1"));
            assertThat(browser.scrollsSideways()).as("the review at 360 px").isFalse();
            assertThat(browser.cspViolations("/scan-pwa/review")).isEmpty();

            JsonObject saved = Api.call("GET", "/collection", null, "Cookie", browser.sessionCookie()).json().asJsonObject()
                    .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(item -> item.getJsonNumber("card_id").longValue() == charizard).findFirst().orElseThrow();
            assertThat(saved.getInt("quantity")).isEqualTo(2);
            assertThat(saved.getString("condition")).isEqualTo("LP");
        }
    }

    @Test
    void the_desktop_page_pairs_with_a_signed_out_phone_and_fills_in_live(TestInfo test) throws Exception {
        try (HeadlessBrowser desktop = HeadlessBrowser.open(new Dimension(1280, 900)); HeadlessBrowser phone = phone()) {
            desktop.recordCspViolations();
            desktop.signUp("desk");
            awaitRecognition(desktop.sessionCookie());
            desktop.driver().get(Api.baseUrl() + "/en/scan");
            desktop.driver().findElement(By.id("scan-start")).click();
            desktop.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("scan-pairing")));
            String code = desktop.driver().findElement(By.id("scan-code")).getText();
            assertThat(code).matches("[0-9]{6}");
            desktop.waiting().until(driver -> Boolean.TRUE.equals(desktop.driver().executeScript(
                    "var qr = document.getElementById('scan-qr'); return qr.complete && qr.naturalWidth === 256;")));
            String deeplink = desktop.driver().findElement(By.id("scan-deeplink")).getAttribute("href");
            assertThat(deeplink).contains("/scan-pwa?session=").contains("&t=ct_");
            desktop.screenshot(test, "1-qr");

            phone.recordCspViolations();
            // the deeplink names the configured site (CARDVAULT_SITE_URL); the phone opens it on this server
            phone.driver().get(Api.baseUrl() + deeplink.substring(deeplink.indexOf("/scan-pwa?")));
            phone.waiting().until(ExpectedConditions.textToBe(By.id("pair-code"), code));
            desktop.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("scan-status"), "Connected"));
            new WebDriverWait(phone.driver(), Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(By.id("capture")));
            // signed out, the phone's session token admits it to the outline preview: the contour and its hint
            new WebDriverWait(phone.driver(), Duration.ofSeconds(30))
                    .until(ExpectedConditions.attributeToBe(By.id("outline"), "data-card-found", "true"));
            assertThat(phone.driver().findElement(By.id("hint")).getText())
                    .isNotBlank().isNotIn("Hold a card inside the frame.", "No card outline found: move closer.");
            phone.screenshot(test, "2-phone-outline");
            phone.driver().findElement(By.id("capture")).click();
            acceptCharizard(phone);
            phone.screenshot(test, "2-phone");
            phone.driver().findElement(By.id("finish")).click();
            assertThat(phone.cspViolations("/scan-pwa (paired)")).isEmpty();
            assertThat(phone.scrollsSideways()).isFalse();

            desktop.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("scan-review")));
            assertThat(desktop.driver().findElement(By.id("scan-status")).getText()).contains("1");
            assertThat(desktop.driver().findElement(By.id("scan-card-0")).getText()).contains("Charizard");
            desktop.screenshot(test, "3-desktop");
            assertThat(desktop.cspViolations("/en/scan")).isEmpty();

            desktop.driver().findElement(By.id("scan-review")).click();
            desktop.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card-row")));
            assertThat(desktop.driver().findElement(By.cssSelector(".card-row .card-name")).getText()).isEqualTo("Charizard");
        }
    }

    @Test
    void the_service_worker_keeps_the_shell_so_the_app_opens_offline(TestInfo test) {
        Api.Reply anonymous = Api.get("/scan-pwa");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/en/signin?next=%2Fscan-pwa");
        JsonObject manifest = Api.get("/scan-pwa/manifest.json").json().asJsonObject();
        assertThat(manifest.getString("display")).isEqualTo("standalone");
        assertThat(manifest.getString("start_url")).isEqualTo("/scan-pwa");
        assertThat(manifest.getJsonArray("icons")).hasSize(2);
        assertThat(Api.get("/scan-pwa/icon-512.png").status()).isEqualTo(200);

        try (HeadlessBrowser browser = phone()) {
            browser.recordCspViolations();
            // signed out, the app sends the visitor to sign in and back
            String name = "pwa-offline" + System.nanoTime();
            Api.Reply registered = Api.call("POST", "/auth/register", "{\"username\":\"" + name + "\",\"email\":\"" + name
                    + "@example.com\",\"password\":\"a long enough password\"}");
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            browser.driver().get(Api.baseUrl() + "/scan-pwa");
            browser.waiting().until(ExpectedConditions.urlContains("/en/signin?next="));
            browser.driver().findElement(By.id("login")).sendKeys(name);
            browser.driver().findElement(By.id("password")).sendKeys("a long enough password");
            browser.driver().findElement(By.id("submit")).click();
            browser.waiting().until(ExpectedConditions.urlMatches(".*/scan-pwa$"));

            browser.waiting().until(driver -> Boolean.TRUE.equals(browser.driver().executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "navigator.serviceWorker.getRegistration('/scan-pwa').then(function (r) {"
                            + "  if (!r || !r.active) { done(false); return; }"
                            + "  caches.match('/scan-pwa').then(function (kept) { done(Boolean(kept)); }); })"
                            + ".catch(function () { done(false); });")));
            assertThat(browser.cspViolations("/scan-pwa")).isEmpty();

            browser.driver().executeCdpCommand("Network.enable", Map.of());
            browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                    "downloadThroughput", 0, "uploadThroughput", 0));
            browser.driver().navigate().refresh();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("app-title")));
            assertThat(browser.driver().findElement(By.id("app-title")).getText()).isEqualTo("CardVault scan");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("offline-note")));
            browser.screenshot(test, "offline");
        }
    }
}
