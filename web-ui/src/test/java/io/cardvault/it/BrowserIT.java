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
}
