package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The website in headless Chromium (Debian's chromium and chromedriver, no download), against the
 * real WAR on MariaDB with the demo catalogue. Every test leaves a screenshot in
 * {@code target/screenshots/}.
 */
class BrowserIT {

    private HeadlessBrowser headless;
    private ChromeDriver browser;

    @BeforeAll
    static void catalogueImported() {
        Catalogue.awaitImported();
    }

    private void open(Dimension size) {
        headless = HeadlessBrowser.open(size);
        browser = headless.driver();
    }

    @AfterEach
    void close() {
        if (headless != null) {
            headless.close();
        }
    }

    private void screenshot(TestInfo test, String step) {
        headless.screenshot(test, step);
    }

    private WebDriverWait waiting() {
        return headless.waiting();
    }

    @Test
    void search_then_card_page_then_switch_variant(TestInfo test) throws IOException {
        open(new Dimension(1280, 900));
        browser.get(Api.baseUrl() + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/en");
        screenshot(test, "1-home");

        WebElement box = browser.findElement(By.id("hero-q"));
        box.sendKeys("charizard 4/102");
        box.submit();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result-count")));
        assertThat(browser.getCurrentUrl()).contains("/en/search?q=charizard+4%2F102");
        screenshot(test, "2-search");

        browser.findElement(By.cssSelector(".card-grid a.card-link")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("card-title")));
        assertThat(browser.findElement(By.id("card-title")).getText()).isEqualTo("Charizard");
        assertThat(browser.getCurrentUrl()).matches(".*/en/cards/\\d+$");
        String firstChoice = browser.findElement(By.id("selected-variant")).getAttribute("data-variant-id");
        assertThat(browser.findElement(By.cssSelector("a.variant[aria-current=true]")).getAttribute("data-variant-id"))
                .isEqualTo(firstChoice);

        WebElement firstEdition = browser.findElement(By.xpath(
                "//h3[normalize-space()='English · 1st Edition']/following-sibling::ul//a[contains(@class,'variant')]"));
        String wanted = firstEdition.getAttribute("data-variant-id");
        assertThat(wanted).isNotEqualTo(firstChoice);
        firstEdition.click();
        waiting().until(ExpectedConditions.urlContains("variant=" + wanted));
        assertThat(browser.findElement(By.id("selected-variant")).getAttribute("data-variant-id")).isEqualTo(wanted);
        assertThat(browser.findElement(By.id("selected-variant")).getText()).contains("1st Edition");
        assertThat(browser.findElement(By.cssSelector("a.variant[aria-current=true]")).getAttribute("data-variant-id"))
                .isEqualTo(wanted);
        assertThat(browser.findElements(By.cssSelector("a.variant[aria-current=true]"))).hasSize(1);
        assertThat(browser.findElement(By.linkText("eBay")).getAttribute("href")).contains("1st+Edition");
        screenshot(test, "3-card");
    }

    @Test
    void sign_up_sign_in_create_an_api_key_shown_only_once(TestInfo test) throws IOException {
        open(new Dimension(1280, 900));
        String name = "collector" + UUID.randomUUID().toString().substring(0, 8);
        browser.get(Api.baseUrl() + "/en/signup");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("email")).sendKeys(name + "@example.com");
        browser.findElement(By.id("password")).sendKeys("a long enough password");
        screenshot(test, "1-signup");
        browser.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.urlMatches(".*/en/account$"));
        assertThat(browser.findElement(By.id("account-username")).getText()).isEqualTo(name);
        assertThat(browser.manage().getCookieNamed("tcg_session")).isNotNull();

        String copied = "tcg_session=" + browser.manage().getCookieNamed("tcg_session").getValue();
        assertThat(Api.call("GET", "/auth/me", null, "Cookie", copied).status()).isEqualTo(200);
        browser.findElement(By.cssSelector("#signout input[type=submit], #signout button")).click();
        waiting().until(ExpectedConditions.urlMatches(".*/en/?$"));
        assertThat(browser.manage().getCookieNamed("tcg_session")).isNull();
        assertThat(Api.call("GET", "/auth/me", null, "Cookie", copied).status()).as("signing out ended the session")
                .isEqualTo(401);

        browser.get(Api.baseUrl() + "/en/signin");
        browser.findElement(By.id("login")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys("a wrong password");
        browser.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-error")));
        browser.findElement(By.id("password")).sendKeys("a long enough password");
        browser.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.urlMatches(".*/en/account$"));
        assertThat(browser.findElement(By.id("tier-name")).getText()).isEqualTo("Free");
        assertThat(browser.findElement(By.id("calls-today")).getText()).contains("0");

        browser.findElement(By.id("current-password")).sendKeys("not my password");
        browser.findElement(By.id("new-password")).sendKeys("an even longer password");
        browser.findElement(By.id("change-password")).click();
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("password-error"))).getText())
                .contains("current password");
        browser.findElement(By.id("current-password")).sendKeys("a long enough password");
        browser.findElement(By.id("new-password")).sendKeys("an even longer password");
        browser.findElement(By.id("change-password")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("password-changed")));
        assertThat(browser.findElement(By.id("account-username")).getText()).as("still signed in").isEqualTo(name);
        assertThat(Api.call("POST", "/auth/login", "{\"username\":\"" + name + "\",\"password\":\"an even longer password\"}").status())
                .isEqualTo(200);

        browser.get(Api.baseUrl() + "/en/account/keys");
        assertThat(browser.findElements(By.id("no-keys"))).hasSize(1);
        browser.findElement(By.id("keys:new-name")).sendKeys("my price bot");
        browser.findElement(By.id("keys:create")).click();
        String key = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("new-key"))).getText();
        assertThat(key).startsWith("csm_").hasSize(47);
        assertThat(browser.findElement(By.cssSelector(".key-prefix")).getText()).isEqualTo(key.substring(0, 12) + "…");
        assertThat(browser.getCurrentUrl()).endsWith("/en/account/keys");
        screenshot(test, "2-key-created");

        assertThat(Api.call("GET", "/auth/me", null, "Authorization", "Bearer " + key).body()).contains(name);

        browser.navigate().refresh();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".key-prefix")));
        assertThat(browser.findElements(By.id("new-key"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(key);
        screenshot(test, "3-after-reload");
    }

    @Test
    @Tag("sandbox-market")
    void an_alert_firing_during_a_sandbox_ingest_shows_in_the_bell_without_a_reload(TestInfo test) throws IOException {
        assertThat(PriceIngestIT.ingest("source=cardmarket&force=true").getString("status")).isEqualTo("ok");
        open(new Dimension(1280, 900));
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
        String name = "bell" + UUID.randomUUID().toString().substring(0, 8);
        browser.get(Api.baseUrl() + "/en/signup");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("email")).sendKeys(name + "@example.com");
        browser.findElement(By.id("password")).sendKeys("a long enough password");
        browser.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.urlMatches(".*/en/account$"));
        assertThat(browser.findElement(By.id("bell-count")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("nav-bell")).getAttribute("href")).endsWith("/en/notifications");

        // the account page's mail settings: wishlist mails off, saved, and so in /auth/me
        WebElement wishMail = browser.findElement(By.cssSelector("input[data-kind=wishlist_price]"));
        assertThat(wishMail.isSelected()).isTrue();
        wishMail.click();
        browser.findElement(By.id("save-notifications")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications-saved")));
        assertThat(browser.findElement(By.cssSelector("input[data-kind=wishlist_price]")).isSelected()).isFalse();
        assertThat(browser.findElement(By.cssSelector("input[data-kind=alert_triggered]")).isSelected()).isTrue();
        String cookie = "tcg_session=" + browser.manage().getCookieNamed("tcg_session").getValue();
        Api.Reply me = Api.call("GET", "/auth/me", null, "Cookie", cookie);
        assertThat(me.json().asJsonObject().getJsonObject("notification_settings").getBoolean("wishlist_price")).isFalse();

        // an alert just under today's price, the page listening on the visitor's topic, then the market drops
        long userId = me.json().asJsonObject().getJsonNumber("id").longValue();
        ShelfAlertsIT.setAlert(new Realtime.User(userId, name, cookie),
                ShelfAlertsIT.currentCardmarketPrice().subtract(new java.math.BigDecimal("0.01")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nav-bell[data-live]")));
        screenshot(test, "1-bell-before");
        ShelfAlertsIT.move(-10);
        assertThat(PriceIngestIT.ingest("source=cardmarket&force=true").getInt("cards_changed")).isPositive();

        waiting().until(ExpectedConditions.textToBe(By.id("bell-count"), "1"));
        assertThat(browser.findElement(By.id("bell-count")).getAttribute("class")).contains("bell-new")
                .doesNotContain("bell-none");
        assertThat(browser.findElement(By.id("nav-bell")).getAttribute("title")).isEqualTo("Charizard hit your target");
        assertThat(browser.findElement(By.id("account-username")).getText()).as("the same page, never reloaded").isEqualTo(name);
        assertThat(cspViolations("account with the live bell")).isEmpty();
        screenshot(test, "2-bell-after");
    }

    @Test
    void a_priced_card_shows_its_price_tables_the_side_rail_and_a_chart_with_points(TestInfo test) throws IOException {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        open(new Dimension(1280, 1400));
        browser.get(Api.baseUrl() + "/en/cards/" + prices.cardId() + "?variant=" + prices.variantId());
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("prices-title")));

        assertThat(browser.findElement(By.id("prices-eu")).getText()).contains("Cardmarket", "Trend", "€200.00",
                PriceFixtures.TODAY.getYear() + "");
        assertThat(browser.findElement(By.id("prices-us")).getText()).contains("TCGplayer", "$130.00", "PriceCharting");
        String graded = browser.findElement(By.id("prices-graded")).getText();
        assertThat(graded).contains("PSA 10", "$2,000.00", "Graded 9").doesNotContain("pc17").doesNotContain("5,000");
        assertThat(browser.findElements(By.cssSelector("#prices-eu th[scope=col]"))).hasSize(4);
        assertThat(browser.findElement(By.id("side-rail")).getText()).contains("Current", "€200.00");

        WebElement chart = browser.findElement(By.id("price-chart"));
        assertThat(Integer.parseInt(chart.getAttribute("data-points"))).isGreaterThanOrEqualTo(PriceFixtures.TREND_DAYS);
        long plotted = waiting().until(driver -> (Long) browser.executeScript("""
                var canvas = document.querySelector('#price-chart canvas');
                var drawn = canvas && window.Chart && Chart.getChart(canvas);
                return drawn ? drawn.data.datasets.reduce(function (n, d) { return n + d.data.filter(function (v) { return v !== null; }).length; }, 0) : null;
                """));
        assertThat(plotted).isEqualTo(Long.parseLong(chart.getAttribute("data-points")));
        assertThat(browser.findElement(By.cssSelector("#price-chart canvas")).getAttribute("aria-label")).contains("Price history chart");
        screenshot(test, "1-card-with-prices");
        browser.executeScript("document.getElementById('chart-title').scrollIntoView()");
        screenshot(test, "1b-chart");

        browser.findElement(By.cssSelector("a.period[data-period='30d']")).click();
        waiting().until(ExpectedConditions.urlContains("period=30d"));
        assertThat(browser.getCurrentUrl()).contains("variant=" + prices.variantId());
        assertThat(browser.findElement(By.cssSelector("a.period[aria-current=true]")).getAttribute("data-period")).isEqualTo("30d");
        int monthPoints = Integer.parseInt(browser.findElement(By.id("price-chart")).getAttribute("data-points"));
        assertThat(monthPoints).isPositive().isLessThan(PriceFixtures.TREND_DAYS);
        long monthPlotted = waiting().until(driver -> (Long) browser.executeScript(
                "var c = document.querySelector('#price-chart canvas'); var d = c && window.Chart && Chart.getChart(c);"
                        + " return d ? d.data.datasets.reduce(function (n, s) { return n + s.data.filter(function (v) { return v !== null; }).length; }, 0) : null;"));
        assertThat(monthPlotted).isEqualTo(monthPoints);
        screenshot(test, "2-card-with-prices-30d");
    }

    private void offlinePictureHosts() {
        headless.offlinePictureHosts();
    }

    private boolean scrollsSideways() {
        return headless.scrollsSideways();
    }

    private boolean reachesPastTheEdge(String selector) {
        return headless.reachesPastTheEdge(selector);
    }

    @Test
    void the_card_page_shows_its_picture_and_when_it_cannot_load_a_placeholder_naming_the_card(TestInfo test)
            throws IOException {
        long charizard = DataApiV2IT.charizardId();
        open(new Dimension(360, 800)); // the narrowest phone the site is made for
        offlinePictureHosts();
        browser.get(Api.baseUrl() + "/en/cards/" + charizard);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("card-title")));

        WebElement picture = browser.findElement(By.cssSelector("#card-picture img.tile-image"));
        assertThat(picture.getAttribute("src")).isEqualTo("https://assets.tcgdex.net/en/base/base1/4/high.webp");
        assertThat(picture.getAttribute("loading")).isEqualTo("lazy");
        assertThat(picture.getAttribute("width")).isEqualTo("600");
        assertThat(picture.getAttribute("height")).isEqualTo("825");
        assertThat(picture.getAttribute("alt")).isEmpty();
        assertThat(browser.findElement(By.id("picture-source")).getAttribute("textContent")).contains("tcgdex");

        WebElement tile = browser.findElement(By.cssSelector("#card-picture .tile"));
        waiting().until(ExpectedConditions.attributeContains(tile, "class", "image-failed"));
        assertThat(picture.isDisplayed()).as("a picture that cannot load steps aside").isFalse();
        assertThat(browser.findElement(By.id("picture-source")).isDisplayed()).as("and so does its credit").isFalse();
        assertThat(tile.findElement(By.className("tile-name")).getText()).isEqualTo("Charizard");
        assertThat(tile.findElement(By.className("tile-set")).getText()).isEqualTo("Base Set");
        assertThat(tile.findElement(By.className("tile-number")).getText()).isEqualTo("4/102");
        assertThat(tile.getSize().getHeight()).as("the tile keeps its card shape").isGreaterThan(tile.getSize().getWidth());
        // the picture's part of the card page; a priced card's tables are the price pages' own concern
        assertThat(reachesPastTheEdge("#card-picture, #card-picture *, .breadcrumb, #card-title")).as("card page at 360 px").isFalse();
        screenshot(test, "1-card-placeholder-360");

        browser.get(Api.baseUrl() + "/en/search?q=charizard");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result-count")));
        List<WebElement> tiles = browser.findElements(By.cssSelector(".card-grid .tile"));
        assertThat(tiles).isNotEmpty();
        assertThat(tiles.get(0).findElement(By.cssSelector("img.tile-image")).getAttribute("src"))
                .startsWith("https://assets.tcgdex.net/").endsWith("/low.webp");
        assertThat(tiles.get(0).findElement(By.className("tile-name")).getText()).isEqualTo("Charizard");
        assertThat(scrollsSideways()).as("search at 360 px").isFalse();
        screenshot(test, "2-search-placeholders-360");
    }

    @Test
    void an_unknown_card_shows_the_localised_404_page(TestInfo test) throws IOException {
        open(new Dimension(390, 844)); // a phone
        browser.get(Api.baseUrl() + "/nl/cards/999999999");
        assertThat(browser.findElement(By.id("not-found-title")).getText()).isEqualTo("Pagina niet gevonden");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(Api.get("/nl/cards/999999999").status()).isEqualTo(404);
        screenshot(test, "1-not-found-phone");
    }

    private static final String RECORD_CSP_VIOLATIONS = HeadlessBrowser.RECORD_CSP_VIOLATIONS;

    private List<String> cspViolations(String page) {
        return headless.cspViolations(page);
    }

    private List<String> visit(String page, String path, By shown) {
        browser.get(Api.baseUrl() + path);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(shown));
        return cspViolations(page);
    }

    private long plottedPoints() {
        return waiting().until(driver -> (Long) browser.executeScript(
                "var c = document.querySelector('#price-chart canvas'); var d = c && window.Chart && Chart.getChart(c);"
                        + " return d ? d.data.datasets.reduce(function (n, s) { return n + s.data.filter(function (v) { return v !== null; }).length; }, 0) : null;"));
    }

    @Test
    void every_page_satisfies_its_content_security_policy_and_its_widgets_still_work(TestInfo test) throws IOException {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        open(new Dimension(1280, 1400));
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
        List<String> violations = new ArrayList<>();

        violations.addAll(visit("home", "/en", By.id("hero-q")));
        browser.findElement(By.cssSelector("a.game-card")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.set-row")));
        violations.addAll(cspViolations("game"));
        browser.findElement(By.cssSelector("a.set-row")).click();
        waiting().until(ExpectedConditions.urlMatches(".*/en/sets/\\d+$"));
        violations.addAll(cspViolations("set"));
        violations.addAll(visit("search", "/en/search?q=charizard", By.id("result-count")));
        violations.addAll(visit("market", "/en/market", By.tagName("h1")));
        violations.addAll(visit("spreads", "/en/market/spreads", By.tagName("h1")));
        violations.addAll(visit("predictions", "/en/market/predictions", By.tagName("h1")));
        violations.addAll(visit("sign-in", "/en/signin", By.id("login")));
        violations.addAll(visit("not found", "/en/cards/999999999", By.id("not-found-title")));

        // the card page: PrimeFaces' chart draws every point, and the period switch redraws it
        violations.addAll(visit("card", "/en/cards/" + prices.cardId() + "?variant=" + prices.variantId(), By.id("prices-title")));
        long allPoints = plottedPoints();
        assertThat(allPoints).isEqualTo(Long.parseLong(browser.findElement(By.id("price-chart")).getAttribute("data-points")));
        browser.findElement(By.cssSelector("a.period[data-period='30d']")).click();
        waiting().until(ExpectedConditions.urlContains("period=30d"));
        long monthPoints = plottedPoints();
        assertThat(monthPoints).isPositive().isLessThan(allPoints)
                .isEqualTo(Long.parseLong(browser.findElement(By.id("price-chart")).getAttribute("data-points")));
        violations.addAll(cspViolations("card, 30 days"));
        screenshot(test, "1-card-chart-under-csp");

        // sign-up (a Faces form), the account page, and the keys page's ajax buttons
        String name = "csp" + UUID.randomUUID().toString().substring(0, 8);
        violations.addAll(visit("sign-up", "/en/signup", By.id("username")));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("email")).sendKeys(name + "@example.com");
        browser.findElement(By.id("password")).sendKeys("a long enough password");
        browser.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.urlMatches(".*/en/account$"));
        assertThat(browser.findElement(By.id("account-username")).getText()).isEqualTo(name);
        violations.addAll(cspViolations("account"));

        violations.addAll(visit("keys", "/en/account/keys", By.id("no-keys")));
        browser.findElement(By.id("keys:new-name")).sendKeys("under a policy");
        browser.findElement(By.id("keys:create")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("new-key")));
        assertThat(browser.findElement(By.id("copy-key")).getAttribute("data-copy")).isEqualTo("new-key");
        browser.findElement(By.id("copy-key")).click();
        WebElement revoke = browser.findElement(By.cssSelector("button[id$=':revoke']"));
        assertThat(revoke.getAttribute("data-confirm")).isNotBlank();
        revoke.click();
        waiting().until(ExpectedConditions.alertIsPresent()).dismiss(); // "no": the key stays
        assertThat(browser.findElements(By.cssSelector(".key-prefix"))).hasSize(1);
        browser.findElement(By.cssSelector("button[id$=':revoke']")).click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("no-keys")));
        violations.addAll(cspViolations("keys, after create and revoke"));
        screenshot(test, "2-keys-under-csp");

        assertThat(violations).isEmpty();

        // and the policy is really there: an injected inline script is refused, and seen refused
        browser.executeScript("var s = document.createElement('script'); s.textContent = 'window.injectedRan = true;';"
                + " document.head.appendChild(s);");
        assertThat(browser.executeScript("return window.injectedRan === true")).isEqualTo(Boolean.FALSE);
        List<String> refused = waiting().until(driver -> {
            List<String> seen = cspViolations("injected");
            return seen.isEmpty() ? null : seen;
        });
        assertThat(refused).anySatisfy(refusal -> assertThat(refusal).contains("script-src"));
    }
    /** Signs a fresh collector up through the site's own form; the browser then holds the session cookie. */
    private String signUp(String stem) {
        return headless.signUp(stem);
    }

    @Test
    void add_from_the_card_page_then_it_appears_in_the_collection_with_its_value(TestInfo test) throws IOException {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        open(new Dimension(1280, 1400));
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
        signUp("shelf");
        browser.get(Api.baseUrl() + "/en/cards/" + prices.cardId() + "?variant=" + prices.variantId());
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("add-form")));
        WebElement quantity = browser.findElement(By.id("add-quantity"));
        quantity.clear();
        quantity.sendKeys("2");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("add-condition"))).selectByValue("NM");
        screenshot(test, "1-card-add-form");
        browser.findElement(By.id("add-submit")).click();
        waiting().until(ExpectedConditions.urlContains("collection=added"));
        assertThat(browser.getCurrentUrl()).contains("variant=" + prices.variantId(), "held=2");
        assertThat(browser.findElement(By.id("add-done")).getText()).contains("You now hold 2");
        List<String> violations = new ArrayList<>(cspViolations("card after add"));

        browser.findElement(By.id("add-view")).click();
        waiting().until(ExpectedConditions.urlMatches(".*/en/collection$"));
        WebElement row = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.entry-row")));
        assertThat(row.findElement(By.cssSelector("a.entry-name")).getText()).isEqualTo("Blastoise");
        // the fixture's Cardmarket trend today is 200.00 EUR; near mint counts whole (docs/analytics.md)
        assertThat(row.findElement(By.cssSelector(".entry-value")).getText()).isEqualTo("€400.00");
        assertThat(row.findElement(By.cssSelector("input[id$=':quantity']")).getAttribute("value")).isEqualTo("2");
        assertThat(browser.findElement(By.id("portfolio-value")).getAttribute("data-amount")).isEqualTo("400.00");
        assertThat(browser.findElement(By.id("card-count")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("top-card")).getText()).contains("Blastoise", "€400.00");
        assertThat(browser.findElement(By.id("by-game")).getText()).contains("Pokémon", "€400.00", "100.0 %");
        assertThat(browser.findElement(By.id("by-set")).getText()).contains("Base Set");
        int points = Integer.parseInt(browser.findElement(By.id("portfolio-chart")).getAttribute("data-points"));
        assertThat(points).isPositive();
        long plotted = waiting().until(driver -> (Long) browser.executeScript(
                "var c = document.querySelector('#portfolio-chart canvas'); var d = c && window.Chart && Chart.getChart(c);"
                        + " return d ? d.data.datasets.reduce(function (n, s) { return n + s.data.filter(function (v) { return v !== null; }).length; }, 0) : null;"));
        assertThat(plotted).isEqualTo(points);
        screenshot(test, "2-collection");

        // inline edit: three copies, lightly played (0.85 of near mint)
        WebElement copies = row.findElement(By.cssSelector("input[id$=':quantity']"));
        copies.clear();
        copies.sendKeys("3");
        new org.openqa.selenium.support.ui.Select(row.findElement(By.cssSelector("select[id$=':condition']"))).selectByValue("LP");
        row.findElement(By.cssSelector("button[id$=':save']")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("entries-notice")));
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("tr.entry-row .entry-value"), "€510.00"));
        assertThat(browser.findElement(By.id("portfolio-value")).getAttribute("data-amount")).isEqualTo("510.00");
        screenshot(test, "3-edited");
        browser.navigate().refresh();
        WebElement reloaded = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.entry-row")));
        assertThat(reloaded.findElement(By.cssSelector("input[id$=':quantity']")).getAttribute("value")).isEqualTo("3");
        assertThat(reloaded.findElement(By.cssSelector("select[id$=':condition']")).getAttribute("value")).isEqualTo("LP");

        browser.findElement(By.cssSelector("button[id$=':remove']")).click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("collection-empty")));
        assertThat(browser.findElements(By.cssSelector("tr.entry-row"))).isEmpty();
        violations.addAll(cspViolations("collection, after edit and remove"));
        screenshot(test, "4-removed");
        assertThat(violations).isEmpty();
    }

    @Test
    void import_a_tcgplayer_csv_then_its_rows_appear(TestInfo test) throws IOException {
        open(new Dimension(1280, 1400));
        signUp("importer");
        Path file = Files.createTempFile("tcgplayer-collection", ".csv");
        Files.writeString(file, """
                Quantity,Name,Simple Name,Set,Card Number,Set Code,Printing,Condition,Language,Rarity,Product ID,SKU
                1,Charizard - 4/102,Charizard,Base Set,4/102,BS,Holofoil,Near Mint,English,Holo Rare,,
                2,Blastoise - 2/102,Blastoise,Base Set,2/102,BS,Holofoil,Lightly Played,English,Holo Rare,,
                1,Missingno - 999/102,Missingno,Base Set,999/102,BS,Normal,Near Mint,English,Common,,
                """);
        try {
            browser.get(Api.baseUrl() + "/en/collection");
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("collection-empty")));
            browser.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
            screenshot(test, "1-file-chosen");
            browser.findElement(By.id("import-submit")).click();
            WebElement result = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-result")));
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-imported")));
            assertThat(browser.findElement(By.id("import-imported")).getText()).isEqualTo("2");
            assertThat(browser.findElement(By.id("import-merged")).getText()).isEqualTo("0");
            assertThat(browser.findElement(By.id("import-rejected")).getText()).isEqualTo("1");
            assertThat(result.getText()).contains("Line 4");
            List<String> names = browser.findElements(By.cssSelector("tr.entry-row a.entry-name")).stream().map(WebElement::getText).toList();
            assertThat(names).containsExactlyInAnyOrder("Charizard", "Blastoise");
            assertThat(browser.findElement(By.id("card-count")).getText()).isEqualTo("3");
            screenshot(test, "2-imported");

            // the answer was shown once: a reload shows the rows, not the answer again
            browser.navigate().refresh();
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.entry-row")));
            assertThat(browser.findElement(By.id("import-result")).isDisplayed()).isFalse();
        } finally {
            Files.deleteIfExists(file);
        }
    }
    // Shopper layout (issue 28, part B): every page fits a phone, the phone menu, the period switch, the sign-up form

    /** A phone as Chromium emulates one: this viewport, a touch screen's pixel ratio, the page's viewport meta honoured. */
    private void emulatePhone(int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 3, "mobile", true));
    }

    /** How wide the page is, and the innermost elements that reach past the viewport's right edge. */
    private String widthOf(String page) {
        return page + " is " + browser.executeScript("return document.documentElement.scrollWidth") + " px wide in a "
                + browser.executeScript("return document.documentElement.clientWidth") + " px viewport: "
                + browser.executeScript("""
                        var width = document.documentElement.clientWidth;
                        var past = Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
                            return e.getBoundingClientRect().right > width + 0.5 && !Array.prototype.some.call(e.children,
                                function (c) { return c.getBoundingClientRect().right > width + 0.5; });
                        });
                        return past.slice(0, 4).map(function (e) {
                            return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                                + ' to ' + Math.round(e.getBoundingClientRect().right);
                        }).join(', ');
                        """);
    }

    /** Visits every page in both languages and names those wider than the viewport. */
    private List<String> pagesScrollingSideways(List<SitePages.Page> pages, String device) {
        List<String> wide = new ArrayList<>();
        for (String language : SitePages.LANGUAGES) {
            for (SitePages.Page page : pages) {
                SitePages.open(browser, waiting(), page.in(language));
                if (scrollsSideways()) {
                    wide.add(widthOf(device + " " + page.in(language) + " (" + page.name() + ")"));
                }
            }
        }
        return wide;
    }

    @Test
    void no_page_scrolls_sideways_at_360_px_nor_on_a_390_px_phone_in_english_or_dutch(TestInfo test) throws IOException {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        open(new Dimension(360, 800));
        List<SitePages.Page> pages = new ArrayList<>(SitePages.publicPages(prices));
        pages.addAll(SitePages.gamePages(browser, waiting()));
        assertThat(pages).hasSizeGreaterThan(SitePages.publicPages(prices).size());
        List<String> wide = new ArrayList<>(pagesScrollingSideways(pages, "360 px"));
        SitePages.open(browser, waiting(), "/en/cards/" + prices.cardId() + "?variant=" + prices.variantId());
        assertThat(browser.findElement(By.cssSelector("#prices-eu td.as-of")).isDisplayed()).as("the As of date on a phone").isTrue();
        assertThat(browser.findElement(By.cssSelector("#prices-eu td.as-of")).getAttribute("data-label")).isEqualTo("As of");
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector('#prices-eu td.as-of'), '::before').content"))
                .as("the date labelled, as the table head is hidden").isNotIn("none", "normal", "");
        assertThat(reachesPastTheEdge(".price-table, .price-table *")).as("the price tables at 360 px").isFalse();
        screenshot(test, "1-card-prices-360");

        headless.signUp("narrow");
        wide.addAll(pagesScrollingSideways(SitePages.signedInPages(), "360 px"));
        SitePages.open(browser, waiting(), "/en/account");
        screenshot(test, "2-account-360");

        emulatePhone(390, 844);
        pages.addAll(SitePages.signedInPages());
        wide.addAll(pagesScrollingSideways(pages, "390 px phone"));
        assertThat(wide).isEmpty();
    }

    @Test
    void the_account_page_keeps_email_and_member_since_apart_on_a_desktop(TestInfo test) throws IOException {
        open(new Dimension(1366, 900));
        String name = headless.signUp("longcollectorname");
        SitePages.open(browser, waiting(), "/en/account");
        List<WebElement> facts = browser.findElements(By.cssSelector("#profile-title ~ .facts > div"));
        assertThat(facts).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < facts.size(); i++) {
            WebElement value = facts.get(i).findElement(By.tagName("dd"));
            assertThat(overflows(value)).as("fact %d of %s stays in its box", i, name).isFalse();
        }
        assertThat(reachesPastTheEdge(".account-grid, .account-grid *")).isFalse();
        assertThat(scrollsSideways()).isFalse();
        screenshot(test, "1-account-desktop");
    }

    private boolean overflows(WebElement element) {
        return (Boolean) browser.executeScript("var e = arguments[0], box = e.parentElement.getBoundingClientRect();"
                + " var own = e.getBoundingClientRect(); return e.scrollWidth > e.clientWidth + 1 || own.right > box.right + 1;",
                element);
    }

    @Test
    void the_price_tables_stay_inside_their_panel_on_a_desktop(TestInfo test) throws IOException {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        open(new Dimension(1366, 900));
        SitePages.open(browser, waiting(), "/en/cards/" + prices.cardId() + "?variant=" + prices.variantId());
        for (String table : List.of("#prices-eu", "#prices-us", "#prices-graded")) {
            Boolean inside = (Boolean) browser.executeScript("var t = document.querySelector(arguments[0]);"
                    + " var panel = t.closest('.panel').getBoundingClientRect(), box = t.getBoundingClientRect();"
                    + " var pad = parseFloat(getComputedStyle(t.closest('.panel')).paddingRight);"
                    + " return box.right <= panel.right - pad + 0.5 && box.left >= panel.left;", table);
            assertThat(inside).as(table + " inside its panel").isTrue();
        }
        screenshot(test, "1-price-tables-desktop");
    }

    @Test
    void the_phone_menu_opens_and_closes_from_the_keyboard_and_shows_every_link_whole(TestInfo test) throws IOException {
        open(new Dimension(1366, 900));
        browser.get(Api.baseUrl() + "/en");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("hero-q")));
        assertThat(browser.findElement(By.id("nav-toggle")).isDisplayed()).as("no menu button on a desktop").isFalse();
        assertThat(browser.findElement(By.id("site-nav")).isDisplayed()).isTrue();
        headless.close();

        open(new Dimension(390, 844));
        emulatePhone(390, 844);
        browser.get(Api.baseUrl() + "/en");
        WebElement toggle = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-toggle")));
        WebElement menu = browser.findElement(By.id("site-nav"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getAttribute("aria-controls")).isEqualTo("site-nav");
        assertThat(menu.isDisplayed()).as("folded until asked for").isFalse();
        assertThat(toggle.getSize().getHeight()).isGreaterThanOrEqualTo(24);
        screenshot(test, "1-menu-closed");

        // from the keyboard: Tab from the skip link and the brand to the button, Enter opens it
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB, Keys.TAB, Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("nav-toggle");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.visibilityOf(menu));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        WebElement otherLanguage = menu.findElement(By.cssSelector("a[hreflang=nl]"));
        assertThat(otherLanguage.getText()).isEqualTo("Nederlands");
        assertThat(reachesPastTheEdge("#site-nav a")).as("every menu link whole on the screen").isFalse();
        assertThat(menu.findElements(By.tagName("a"))).allSatisfy(link ->
                assertThat(link.getSize().getHeight()).as(link.getText()).isGreaterThanOrEqualTo(24));
        assertThat(scrollsSideways()).isFalse();
        screenshot(test, "2-menu-open");

        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOf(menu));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("nav-toggle");
        toggle.click();
        waiting().until(ExpectedConditions.visibilityOf(menu));
        menu.findElement(By.cssSelector("a[hreflang=nl]")).click();
        waiting().until(ExpectedConditions.urlMatches(".*/nl$"));
        assertThat(browser.findElement(By.id("nav-toggle")).getText()).isEqualTo("Menu");
    }

    @Test
    void a_chart_period_keeps_the_heading_the_switch_and_the_chart_in_view(TestInfo test) throws IOException {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
            open(size);
            SitePages.open(browser, waiting(), "/en/cards/" + prices.cardId() + "?variant=" + prices.variantId());
            plottedPoints();
            browser.findElement(By.cssSelector("a.period[data-period='30d']")).click();
            waiting().until(ExpectedConditions.urlContains("period=30d"));
            plottedPoints();
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) browser.executeScript("""
                    var header = document.querySelector('.site-header').getBoundingClientRect();
                    var covered = getComputedStyle(document.querySelector('.site-header')).position === 'sticky' ? header.bottom : 0;
                    function box(selector) { return document.querySelector(selector).getBoundingClientRect(); }
                    return { covered: covered, heading: box('#chart-title').top, periods: box('#chart .periods').top,
                             chartTop: box('#price-chart').top, chartBottom: box('#price-chart').bottom, height: window.innerHeight };
                    """);
            double covered = ((Number) seen.get("covered")).doubleValue();
            assertThat(((Number) seen.get("heading")).doubleValue()).as(size + ": heading below the header " + seen).isGreaterThanOrEqualTo(covered);
            assertThat(((Number) seen.get("periods")).doubleValue()).as(size + ": switch below the header").isGreaterThanOrEqualTo(covered);
            assertThat(((Number) seen.get("chartTop")).doubleValue()).as(size + ": chart below the header").isGreaterThanOrEqualTo(covered);
            assertThat(((Number) seen.get("chartBottom")).doubleValue()).as(size + ": chart in the window")
                    .isLessThanOrEqualTo(((Number) seen.get("height")).doubleValue());
            screenshot(test, "after-period-" + size.getWidth());
            headless.close();
            headless = null;
        }
    }

    @Test
    void sign_up_names_every_wrong_field_at_once_and_forms_say_what_they_autocomplete(TestInfo test) throws IOException {
        open(new Dimension(1366, 900));
        browser.get(Api.baseUrl() + "/en/signup");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.findElement(By.id("username")).getAttribute("autocomplete")).isEqualTo("username");
        assertThat(browser.findElement(By.id("email")).getAttribute("autocomplete")).isEqualTo("email");
        assertThat(browser.findElement(By.id("password")).getAttribute("autocomplete")).isEqualTo("new-password");
        browser.findElement(By.id("username")).sendKeys("x");
        browser.findElement(By.id("email")).sendKeys("not-an-address");
        browser.findElement(By.id("password")).sendKeys("short");
        browser.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signup-error")));
        for (String field : List.of("username", "email", "password")) {
            assertThat(browser.findElement(By.id(field + "-error")).isDisplayed()).as(field + " error shown").isTrue();
            assertThat(browser.findElement(By.id(field)).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.findElement(By.id(field)).getAttribute("aria-describedby")).contains(field + "-error");
        }
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).as("what was typed stays").isEqualTo("x");
        screenshot(test, "1-signup-every-error");

        browser.get(Api.baseUrl() + "/nl/signup");
        browser.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username-error")));
        assertThat(browser.findElement(By.id("username-error")).getText()).isEqualTo("Vul dit in.");
        assertThat(browser.findElements(By.cssSelector(".field-error"))).hasSize(3);

        browser.get(Api.baseUrl() + "/en/signin");
        assertThat(browser.findElement(By.id("login")).getAttribute("autocomplete")).isEqualTo("username");
        assertThat(browser.findElement(By.id("password")).getAttribute("autocomplete")).isEqualTo("current-password");
        headless.signUp("autofill");
        SitePages.open(browser, waiting(), "/en/account");
        assertThat(browser.findElement(By.id("current-password")).getAttribute("autocomplete")).isEqualTo("current-password");
        assertThat(browser.findElement(By.id("new-password")).getAttribute("autocomplete")).isEqualTo("new-password");
    }

    /** The screenshots in docs/screenshots: a desktop and a phone, each page as a collector first sees it. */
    @Test
    void screenshots_of_the_main_pages_on_a_desktop_and_a_phone(TestInfo test) throws IOException {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home", "/en");
        pages.put("search", "/en/search?q=charizard");
        pages.put("card", "/en/cards/" + prices.cardId() + "?variant=" + prices.variantId());
        pages.put("set", "/en/sets/" + prices.setId());
        pages.put("market", "/en/market");
        for (boolean phone : List.of(false, true)) {
            open(phone ? new Dimension(390, 844) : new Dimension(1366, 900));
            if (phone) {
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            }
            offlinePictureHosts();
            for (Map.Entry<String, String> page : pages.entrySet()) {
                SitePages.open(browser, waiting(), page.getValue());
                if ("card".equals(page.getKey())) {
                    plottedPoints();
                }
                assertThat(scrollsSideways()).as(page.getKey()).isFalse();
                screenshot(test, (phone ? "phone-" : "desktop-") + page.getKey());
                if ("card".equals(page.getKey())) {
                    browser.executeScript("window.scrollTo(0, document.getElementById('prices-title').closest('.panel').offsetTop - 70)");
                    screenshot(test, (phone ? "phone-" : "desktop-") + "card-prices");
                }
            }
            headless.signUp("screenshot");
            SitePages.open(browser, waiting(), "/en/account");
            assertThat(scrollsSideways()).isFalse();
            screenshot(test, (phone ? "phone-" : "desktop-") + "account");
            headless.close();
            headless = null;
        }
    }
}
