package io.cardvault.it;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the website, for the tests that hold each one to a site-wide rule (no sideways scrolling, no
 * serious accessibility fault): the pages anyone sees, the games' pages as the home page links them, and the
 * pages of a signed-in collector. Paths are without their language prefix.
 */
final class SitePages {

    record Page(String name, String path) {

        String in(String language) {
            return "/" + language + ("/".equals(path) ? "" : path);
        }
    }

    static final List<String> LANGUAGES = List.of("en", "nl");

    private SitePages() {
    }

    /** The public pages; the set and card pages are the price fixture's, so the card page has tables and a chart. */
    static List<Page> publicPages(PriceFixtures.Fixture prices) {
        return List.of(
                new Page("home", "/"),
                new Page("search", "/search?q=charizard"),
                new Page("set", "/sets/" + prices.setId()),
                new Page("card", "/cards/" + prices.cardId() + "?variant=" + prices.variantId()),
                new Page("market", "/market"),
                new Page("spreads", "/market/spreads"),
                new Page("predictions", "/market/predictions"),
                new Page("sign-in", "/signin"),
                new Page("sign-up", "/signup"),
                new Page("not found", "/cards/999999999"));
    }

    /** The games' pages, as the home page links them. */
    static List<Page> gamePages(ChromeDriver browser, WebDriverWait waiting) {
        browser.get(Api.baseUrl() + "/en");
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.game-card")));
        List<Page> games = new ArrayList<>();
        for (WebElement game : browser.findElements(By.cssSelector("a.game-card"))) {
            String path = java.net.URI.create(game.getAttribute("href")).getPath().substring("/en".length());
            games.add(new Page("game " + path.substring(path.lastIndexOf('/') + 1), path));
        }
        return games;
    }

    /** The pages of a signed-in collector. */
    static List<Page> signedInPages() {
        return List.of(
                new Page("account", "/account"),
                new Page("keys", "/account/keys"),
                new Page("collection", "/collection"),
                new Page("wishlist", "/wishlist"),
                new Page("alerts", "/alerts"),
                new Page("notifications", "/notifications"));
    }

    /** Opens the page and waits for its heading. */
    static void open(ChromeDriver browser, WebDriverWait waiting, String path) {
        browser.get(Api.baseUrl() + path);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }
}
