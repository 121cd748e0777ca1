package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The shopper's numbers in the browser (issue 28): with the sandbox market on (the IT server pins it
 * on) every page says its prices are made up, and every page that shows a price marks it "demo";
 * a page past the end shows the last page; the market lists say what they rank. Prices come from
 * {@link PriceFixtures} (Base Set Blastoise's daily Cardmarket trend), which the dashboard recompute
 * (every 3 s on the IT server) and the search index pick up.
 */
class ShopperNumbersBrowserIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final Pattern PAGE_POSITION = Pattern.compile("(\\d+) / (\\d+)");
    private static PriceFixtures.Fixture prices;

    private HeadlessBrowser headless;
    private ChromeDriver browser;

    @BeforeAll
    static void pricedCatalogue() {
        Catalogue.awaitImported();
        prices = PriceFixtures.install();
        awaitUntil("Blastoise among the 7-day movers and priced in search", () -> {
            JsonObject movers = Api.get("/api/market/movers?tcg=pokemon&period=7d&limit=50").json().asJsonObject();
            return contains(movers.getJsonArray("gainers"), prices.cardId())
                    && Api.get("/en/search?q=blastoise").body().contains("class=\"card-price\"");
        });
    }

    @AfterEach
    void close() {
        if (headless != null) {
            headless.close();
        }
    }

    @Test
    void every_page_that_shows_a_sandbox_price_marks_it_demo_under_a_site_wide_banner(TestInfo test) {
        open();
        String wisher = headless.signUp("demo");
        Api.Reply wished = Api.call("POST", "/wishlist/add", "{\"card_id\":" + prices.cardId() + "}", "Cookie", headless.sessionCookie());
        assertThat(wished.status()).as(wished.body()).isIn(200, 201);
        Api.Reply held = Api.call("POST", "/collection/add", "{\"card_id\":" + prices.cardId() + ",\"condition\":\"NM\"}",
                "Cookie", headless.sessionCookie());
        assertThat(held.status()).as(held.body()).isIn(200, 201);

        // each of these shows the fixture's Blastoise with a price; the forecasts page only when a forecast qualifies
        List<String> pages = List.of("/en", "/en/search?q=blastoise", "/en/sets/" + prices.setId(),
                "/en/market?game=pokemon&period=7d", "/en/market/predictions",
                "/en/cards/" + prices.cardId() + "?variant=" + prices.variantId(), "/en/collection", "/en/wishlist",
                "/nl/market?game=pokemon&period=7d");
        int step = 1;
        for (String page : pages) {
            browser.get(Api.baseUrl() + page);
            headless.screenshot(test, step++ + page.replaceAll("[^a-z0-9]+", "-"));
            WebElement banner = browser.findElement(By.id("demo-banner"));
            assertThat(banner.isDisplayed()).as(page).isTrue();
            assertThat(banner.getText()).as(page).containsIgnoringCase("demo");
            List<WebElement> marks = browser.findElements(By.cssSelector(".demo-mark"));
            boolean showsPrices = !page.endsWith("/predictions") || !browser.findElements(By.id("predictions")).isEmpty();
            assertThat(marks.isEmpty()).as(page + " marks its sandbox prices (" + wisher + ")").isEqualTo(!showsPrices);
            assertThat(marks).allSatisfy(mark -> {
                assertThat(mark.isDisplayed()).isTrue();
                assertThat(mark.getAttribute("title")).isNotBlank();
            });
        }
        // the card page's rail: the current price, the all-time high and the verdict are made up too
        browser.get(Api.baseUrl() + "/en/cards/" + prices.cardId() + "?variant=" + prices.variantId());
        assertThat(browser.findElements(By.cssSelector("#side-rail .demo-mark")).size()).isGreaterThanOrEqualTo(2);
        // every price cell of a market list carries the mark, on the home page's lists as on the market page's
        browser.get(Api.baseUrl() + "/en");
        for (WebElement priceCell : browser.findElements(By.cssSelector(".market-table tbody td.num:not(.delta)"))) {
            assertThat(priceCell.findElements(By.cssSelector(".demo-mark"))).as(priceCell.getText()).hasSize(1);
        }
    }

    @Test
    void a_page_past_the_end_shows_the_last_page_not_an_empty_one(TestInfo test) {
        open();
        browser.get(Api.baseUrl() + "/en/sets/" + prices.setId() + "?page=999");
        headless.screenshot(test, "1-set-page-999");
        assertThat(browser.findElements(By.cssSelector(".card-grid li"))).isNotEmpty();

        browser.get(Api.baseUrl() + "/en/search?q=pikachu&page=999");
        headless.screenshot(test, "2-search-page-999");
        assertThat(browser.findElements(By.cssSelector(".card-grid li"))).isNotEmpty();
        Matcher position = PAGE_POSITION.matcher(browser.findElement(By.cssSelector(".pager-position")).getText());
        assertThat(position.find()).isTrue();
        assertThat(position.group(1)).isEqualTo(position.group(2));
        assertThat(Integer.parseInt(position.group(2))).isLessThan(999);
    }

    @Test
    void each_market_list_says_under_its_heading_what_it_ranks(TestInfo test) {
        open();
        browser.get(Api.baseUrl() + "/en/market?game=pokemon&period=7d");
        headless.screenshot(test, "1-movers");
        assertThat(browser.findElement(By.id("gainers-definition")).getText()).contains("€5", "5 at least");
        browser.get(Api.baseUrl() + "/en");
        WebElement hot = browser.findElement(By.id("home-hot"));
        assertThat(browser.findElement(By.id("home-hot-definition")).getText()).contains("not the price change");
        assertThat(hot.getText()).doesNotContainPattern("(?<![0-9])0 sales").contains("price updates");
        assertThat(browser.findElements(By.cssSelector("#home-gainers .tile-mini"))).as("the home lists show the cards' tiles")
                .isNotEmpty();
        browser.get(Api.baseUrl() + "/en/market/spreads");
        assertThat(browser.findElement(By.id("spreads-definition")).getText()).contains("20 %", "€1", "€5");
        browser.get(Api.baseUrl() + "/nl/market/predictions");
        headless.screenshot(test, "2-predictions-nl");
        assertThat(browser.findElement(By.id("predictions-definition")).getText()).contains("meetpunten", "Geen advies");
    }

    @Test
    void card_facts_use_labels_and_dutch_counts_use_their_plural_forms() {
        String english = Api.get("/en/cards/" + prices.cardId()).body();
        assertThat(english).contains("<dd>Stage 2</dd>", "<dd>Pokémon</dd>").doesNotContain("<dd>Stage2</dd>", "<dd>Pokemon</dd>");
        String dutch = Api.get("/nl/cards/" + prices.cardId() + "?variant=" + prices.variantId()).body();
        assertThat(dutch).contains("Verandering 1 dag<").doesNotContainPattern("(?<![0-9])1 dagen");
    }

    @Test
    void searching_on_the_english_site_puts_english_printings_first() {
        String results = Api.get("/en/search?q=pokemon+catcher").body();
        int first = results.indexOf("class=\"card-caption\"");
        assertThat(first).as("a result").isPositive();
        String firstCaption = results.substring(first, results.indexOf("</a>", first));
        assertThat(firstCaption).as("the first result (name and set) is not an Asian printing")
                .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    }

    private void open() {
        headless = HeadlessBrowser.open(new Dimension(1280, 900));
        browser = headless.driver();
    }

    private static boolean contains(JsonArray items, long cardId) {
        return items.stream().map(item -> item.asJsonObject().getJsonNumber("card_id").longValue()).anyMatch(id -> id == cardId);
    }

    private static void awaitUntil(String what, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for " + what).isBefore(deadline);
            Api.pause(Duration.ofSeconds(2));
        }
    }
}
