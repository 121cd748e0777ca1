package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.recognition.synth.PhotoEdits;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Trust codes in a real browser (issue 23): a protected listing made through the API shows its
 * watermarked photo; its code, typed in lower case on {@code /verify}, leads to the result card; a
 * re-compressed crop of the photo uploaded on the photo check page finds the listing's code. At a
 * phone's 360 px, with no page scrolling sideways and no Content-Security-Policy refusal.
 */
class VerificationBrowserIT {

    private HeadlessBrowser headless;

    @AfterEach
    void close() {
        if (headless != null) {
            headless.close();
        }
    }

    private static String codeInDatabase(long listingId) {
        try (Connection db = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
                + System.getProperty("cardvault.it.dbPort", "3317") + "/cardvault?user=root&sslMode=disable");
             PreparedStatement sql = db.prepareStatement("SELECT code FROM trust_code WHERE listing_id = ?")) {
            sql.setLong(1, listingId);
            try (ResultSet rows = sql.executeQuery()) {
                assertThat(rows.next()).as("listing %d has a code", listingId).isTrue();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the trust codes", e);
        }
    }

    @Test
    void a_protected_listing_is_verified_by_its_code_and_by_a_cropped_copy_of_its_photo(TestInfo test) throws IOException {
        String seller = Market.seller("browser-verify");
        JsonObject listing = VerificationIT.protectedListing(seller, 301);
        String photoUrl = listing.getJsonArray("image_urls").getString(0);
        String code = codeInDatabase(Market.id(listing));
        headless = HeadlessBrowser.open(new Dimension(360, 800));
        headless.recordCspViolations();
        ChromeDriver browser = headless.driver();
        List<String> violations = new ArrayList<>();

        browser.get(Api.baseUrl() + photoUrl);
        WebElement photo = browser.findElement(By.tagName("img"));
        assertThat((Long) browser.executeScript("return arguments[0].naturalWidth", photo)).isGreaterThan(300L);
        headless.screenshot(test, "1-watermarked-photo");
        // Chromium's image viewer styles itself inline, which the photo's own strict policy refuses: not a page's refusal
        headless.cspViolations(photoUrl);

        browser.get(Api.baseUrl() + "/verify");
        assertThat(browser.getCurrentUrl()).endsWith("/en/verify");
        browser.findElement(By.id("code")).sendKeys(code.toLowerCase(Locale.ROOT));
        browser.findElement(By.cssSelector("form.verify-search button")).click();
        headless.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-result")));
        assertThat(browser.getCurrentUrl()).endsWith("/en/verify/" + code);
        assertThat(browser.findElement(By.id("verify-status")).getText()).startsWith("Valid");
        assertThat(browser.findElement(By.id("verify-card")).getText()).isEqualTo("Charizard");
        assertThat(browser.findElement(By.id("verify-seller")).getText()).isEqualTo(Market.username(seller));
        WebElement thumbnail = browser.findElement(By.cssSelector("img.verify-thumb"));
        assertThat(thumbnail.getAttribute("src")).endsWith(photoUrl);
        assertThat((Long) browser.executeScript("return arguments[0].naturalWidth", thumbnail)).isGreaterThan(0L);
        assertThat(headless.scrollsSideways()).as("the result page at 360 px").isFalse();
        violations.addAll(headless.cspViolations("/en/verify/" + code));
        headless.screenshot(test, "2-result");

        Path crop = Files.createTempFile("reposted-", ".jpg");
        try {
            Files.write(crop, PhotoEdits.jpeg(PhotoEdits.crop(PhotoEdits.read(VerificationIT.download(photoUrl)), 0.10, 0.2, 0.8),
                    0.6f));
            browser.get(Api.baseUrl() + "/en/verify/photo");
            assertThat(headless.scrollsSideways()).as("the photo check at 360 px").isFalse();
            browser.findElement(By.id("photo-file")).sendKeys(crop.toAbsolutePath().toString());
            browser.findElement(By.cssSelector("#photo-check button")).click();
            headless.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-matched")));
            assertThat(browser.findElement(By.id("photo-code")).getText()).isEqualTo(code);
            violations.addAll(headless.cspViolations("/en/verify/photo"));
            headless.screenshot(test, "3-photo-check");
        } finally {
            Files.deleteIfExists(crop);
        }

        browser.findElement(By.id("photo-code")).click();
        headless.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-result")));
        assertThat(browser.getCurrentUrl()).endsWith("/en/verify/" + code);

        browser.get(Api.baseUrl() + "/en/verify/help");
        headless.screenshot(test, "4-help");
        assertThat(headless.reachesPastTheEdge("main *")).as("the help's content at 360 px").isFalse();
        assertThat(headless.scrollsSideways()).as("the help at 360 px").isFalse();
        violations.addAll(headless.cspViolations("/en/verify/help"));
        browser.get(Api.baseUrl() + "/nl/verify/help");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Watermerken en bevestigingscodes");
        headless.screenshot(test, "5-help-nl");
        assertThat(headless.reachesPastTheEdge("main *")).as("the Dutch help's content at 360 px").isFalse();
        violations.addAll(headless.cspViolations("/nl/verify/help"));
        assertThat(violations).isEmpty();
    }
}
