package io.cardvault.it;

import static io.cardvault.it.Market.as;
import static io.cardvault.it.Market.charizard;
import static io.cardvault.it.Market.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.TestImages;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The marketplace deal in headless Chromium at a phone's width (360 px), issue 22's flow: a seller
 * sets up on the dashboard and lists a card with a photo, a second collector bids, the seller
 * accepts on the dashboard, the buyer pays at checkout, the seller ships with carrier and tracking,
 * the buyer confirms delivery, both rate each other, and both find the deal in their notifications.
 * The listing (with its photo) is made through the API; the bid on the listing page, everything
 * else on the deal pages. No page scrolls sideways, in English or Dutch, and the
 * Content-Security-Policy refuses nothing.
 */
class MarketplaceDealsBrowserIT {

    private static final Pattern TRANSACTION_PAGE = Pattern.compile(".*/en/transactions/(\\d+)\\?done=accepted$");

    private HeadlessBrowser browser;
    private final List<String> sideways = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();

    @BeforeAll
    static void catalogue() {
        charizard();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Opens a page as the browser's current visitor and checks it at this width. */
    private void visit(String path, String what) {
        browser.driver().get(Api.baseUrl() + path);
        checked(what);
    }

    /** What reaches past the viewport's right edge outside any scrolling or clipping box, for the failure message. */
    private static final String PAST_THE_EDGE = """
            var width = document.documentElement.clientWidth, found = [];
            document.querySelectorAll('body *').forEach(function (e) {
                var box = e.getBoundingClientRect();
                if (box.width === 0 || box.right <= width + 0.5) { return; }
                for (var up = e.parentElement; up && up !== document.body; up = up.parentElement) {
                    if (getComputedStyle(up).overflowX !== 'visible') { return; }
                }
                found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' right=' + Math.round(box.right) + ' "' + (e.textContent || '').trim().slice(0, 30) + '"');
            });
            return width + ' px: ' + found.slice(0, 6).join(' | ');
            """;

    private void checked(String what) {
        if (browser.scrollsSideways()) {
            sideways.add(what + " (" + browser.driver().executeScript(PAST_THE_EDGE) + ")");
        }
        refused.addAll(browser.cspViolations(what));
    }

    /** The browser becomes the visitor of this {@code tcg_session=…} pair. */
    private void actAs(String sessionCookie) {
        browser.driver().manage().deleteCookieNamed("tcg_session");
        browser.driver().manage().addCookie(new Cookie("tcg_session", sessionCookie.substring(sessionCookie.indexOf('=') + 1), "/"));
    }

    private void click(String id) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    @Test
    void a_card_is_listed_bid_on_accepted_paid_shipped_delivered_and_rated_by_both(TestInfo test) {
        browser = HeadlessBrowser.open(new Dimension(360, 780));
        browser.recordCspViolations();
        var driver = browser.driver();

        // the seller signs up and sets up on the dashboard
        browser.signUp("deal-seller");
        String seller = browser.sessionCookie();
        visit("/en/seller", "seller set-up");
        driver.findElement(By.id("setup-name")).sendKeys("Binder Shop");
        driver.findElement(By.id("setup-country")).sendKeys("NL");
        click("setup-submit");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("seller-notice")));
        checked("seller dashboard, empty");

        // a listing with a photo and a bid on it, through the API
        Api.Reply photo = Api.multipart("/api/upload/listing-image", List.of(Api.Part.file("file", "front.png", "image/png",
                TestImages.pngWithText(320, 440))), "Cookie", seller);
        assertThat(photo.status()).as(photo.body()).isEqualTo(200);
        String photoUrl = photo.json().asJsonObject().getString("url");
        Api.Reply listed = as(seller, "POST", "/seller/listings", "{\"card_id\":" + charizard() + ",\"price\":120,"
                + "\"condition\":\"NM\",\"accepts_offers\":true,\"description\":\"Binder copy, sharp corners\","
                + "\"image_urls\":[\"" + photoUrl + "\"]}");
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        long listing = id(listed.json().asJsonObject());
        // a second collector bids on the listing page
        String buyer = Api.registerSession("deal-buyer");
        actAs(buyer);
        visit("/en/listings/" + listing, "listing page (buyer)");
        assertThat(driver.findElement(By.cssSelector("img.listing-photo")).getAttribute("src")).endsWith(photoUrl);
        driver.findElement(By.id("bid-amount")).sendKeys("100");
        driver.findElement(By.id("bid-message")).sendKeys("Would 100 do?");
        click("bid-submit");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("bid-placed")));
        JsonObject bids = as(seller, "GET", "/api/listings/" + listing + "/bids", null).json().asJsonObject();
        assertThat(bids.getInt("total")).isEqualTo(1);
        long bidId = id(bids.getJsonArray("items").getJsonObject(0));
        actAs(seller);

        // the seller sees the photo and the bid on the dashboard, and accepts it
        visit("/en/seller", "seller dashboard with a bid");
        assertThat(driver.findElement(By.cssSelector("#listing-" + listing + " img.seller-picture")).getAttribute("src"))
                .endsWith(photoUrl);
        assertThat(driver.findElement(By.id("bid-" + bidId)).getText()).contains("Would 100 do?");
        browser.screenshot(test, "1-dashboard");
        click("accept-" + bidId);
        browser.waiting().until(ExpectedConditions.urlMatches(TRANSACTION_PAGE.pattern()));
        Matcher opened = TRANSACTION_PAGE.matcher(driver.getCurrentUrl());
        assertThat(opened.matches()).isTrue();
        long transaction = Long.parseLong(opened.group(1));
        checked("transaction page, accepted (seller)");
        assertThat(driver.findElement(By.id("deal-status")).getText()).isEqualTo("Awaiting payment");
        assertThat(driver.findElements(By.id("move-paid"))).as("paying is the buyer's move").isEmpty();

        // the buyer pays at checkout
        actAs(buyer);
        visit("/en/checkout/" + transaction, "checkout");
        assertThat(driver.findElement(By.id("checkout-total")).getText()).isEqualTo("€100.00");
        assertThat(driver.findElement(By.id("checkout-no-provider")).getText()).contains("no payment provider");
        browser.screenshot(test, "2-checkout");
        click("pay-submit");
        browser.waiting().until(ExpectedConditions.textToBe(By.id("deal-status"), "Paid"));
        checked("transaction page, paid (buyer)");
        assertThat(driver.findElements(By.id("ship-form"))).isEmpty();

        // the seller ships
        actAs(seller);
        visit("/en/transactions/" + transaction, "transaction page, paid (seller)");
        driver.findElement(By.id("ship-carrier")).sendKeys("postnl");
        driver.findElement(By.id("ship-tracking")).sendKeys("3SCARD000123");
        click("ship-submit");
        browser.waiting().until(ExpectedConditions.textToBe(By.id("deal-status"), "Shipped"));
        assertThat(driver.findElement(By.id("deal-tracking")).getText()).isEqualTo("3SCARD000123");

        // the buyer confirms delivery and rates the seller
        actAs(buyer);
        visit("/en/transactions/" + transaction, "transaction page, shipped (buyer)");
        assertThat(driver.findElement(By.cssSelector("#deal-timeline [data-status='shipped']")).getText()).contains("postnl",
                "3SCARD000123");
        click("move-delivered");
        browser.waiting().until(ExpectedConditions.textToBe(By.id("deal-status"), "Delivered"));
        driver.findElement(By.cssSelector("label[for='rating-5']")).click();
        driver.findElement(By.id("rate-review")).sendKeys("Fast and well packed");
        browser.screenshot(test, "3-rating");
        click("rate-submit");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("deal-notice")));
        checked("transaction page, rated (buyer)");
        assertThat(driver.findElement(By.id("deal-ratings")).getText()).contains("Fast and well packed");
        assertThat(driver.findElements(By.id("rate-form"))).as("one rating per party").isEmpty();

        // the seller rates the buyer
        actAs(seller);
        visit("/en/transactions/" + transaction, "transaction page, delivered (seller)");
        driver.findElement(By.cssSelector("label[for='rating-4']")).click();
        click("rate-submit");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("deal-notice")));
        assertThat(driver.findElements(By.cssSelector("#deal-ratings .deal-rating"))).hasSize(2);
        browser.screenshot(test, "4-rated");
        JsonObject seen = as(seller, "GET", "/api/transactions/" + transaction, null).json().asJsonObject();
        assertThat(seen.getString("status")).isEqualTo("delivered");
        assertThat(seen.getBoolean("rated_by_you")).isTrue();

        // both find the deal in their notifications, leading to the transaction page
        visit("/en/notifications", "seller notifications");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Paid: ", "Delivered: ");
        assertThat(driver.findElements(By.cssSelector("a[href$='/en/transactions/" + transaction + "']"))).isNotEmpty();
        actAs(buyer);
        visit("/en/notifications", "buyer notifications");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Shipped: ");
        driver.findElement(By.cssSelector("a[href$='/en/transactions/" + transaction + "']")).click();
        browser.waiting().until(ExpectedConditions.urlMatches(".*/en/transactions/" + transaction + "$"));

        // the lists and the Dutch pages at this width
        visit("/en/transactions", "purchases");
        assertThat(driver.findElement(By.id("deals")).getText()).contains("#" + transaction);
        visit("/nl/transactions/" + transaction, "transaction page (nl)");
        assertThat(driver.findElement(By.id("deal-status")).getText()).isEqualTo("Bezorgd");
        visit("/nl/checkout/" + transaction, "checkout (nl)");
        actAs(seller);
        visit("/en/transactions?tab=sales", "sales");
        visit("/nl/seller", "seller dashboard (nl)");
        visit("/nl/seller?status=sold", "seller dashboard, sold (nl)");
        assertThat(driver.findElement(By.id("listing-" + listing)).getText()).contains("Verkocht");

        assertThat(sideways).as("pages that scroll sideways at 360 px").isEmpty();
        assertThat(refused).as("Content-Security-Policy refusals").isEmpty();
    }
}
