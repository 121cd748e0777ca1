package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The deck pages in headless Chromium: build a deck from search, see it become legal, see its value. */
class DecksBrowserIT {

    /** The search index is rebuilt after the last catalogue source; Magic may take a while to be findable. */
    private static final Duration SEARCHABLE_WITHIN = Duration.ofMinutes(4);

    private HeadlessBrowser headless;
    private ChromeDriver browser;

    @BeforeAll
    static void catalogueImported() {
        Catalogue.awaitImported();
        PriceFixtures.install();
    }

    @AfterEach
    void close() {
        if (headless != null) {
            headless.close();
        }
    }

    private void searchInDeck(String text) {
        Instant deadline = Instant.now().plus(SEARCHABLE_WITHIN);
        while (true) {
            WebElement box = browser.findElement(By.id("deck-q"));
            box.clear();
            box.sendKeys(text);
            browser.findElement(By.id("deck-search-submit")).click();
            headless.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("deck-builder")));
            if (!browser.findElements(By.cssSelector(".deck-hit")).isEmpty() || Instant.now().isAfter(deadline)) {
                return;
            }
            Api.pause(Duration.ofSeconds(10));
        }
    }

    private void addFirstHit(String name, int copies) {
        WebElement hit = browser.findElements(By.cssSelector(".deck-hit")).stream()
                .filter(item -> item.findElement(By.cssSelector(".deck-hit-name a")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no hit named " + name));
        WebElement quantity = hit.findElement(By.cssSelector("input[name=quantity]"));
        quantity.clear();
        quantity.sendKeys(String.valueOf(copies));
        new Select(hit.findElement(By.cssSelector("select[name=section]"))).selectByValue("main");
        hit.findElement(By.cssSelector("button[type=submit]")).click();
        headless.waiting().until(ExpectedConditions.stalenessOf(hit));
        headless.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("deck-notice")));
    }

    @Test
    void a_deck_built_from_search_becomes_legal_and_shows_its_value(TestInfo test) {
        headless = HeadlessBrowser.open(new Dimension(1280, 900));
        browser = headless.driver();
        headless.recordCspViolations();
        headless.signUp("deckbuilder");

        browser.get(Api.baseUrl() + "/en/decks");
        assertThat(browser.findElement(By.id("no-decks")).isDisplayed()).isTrue();
        browser.findElement(By.id("new-name")).sendKeys("Burn");
        new Select(browser.findElement(By.id("new-game"))).selectByValue("mtg");
        browser.findElement(By.id("new-format")).sendKeys("modern");
        browser.findElement(By.id("new-submit")).click();
        headless.waiting().until(ExpectedConditions.urlMatches(".*/en/decks/\\d+$"));
        assertThat(browser.findElement(By.id("deck-name")).getText()).isEqualTo("Burn");
        assertThat(browser.findElement(By.id("deck-legality")).getAttribute("data-status")).isEqualTo("illegal");
        headless.screenshot(test, "empty-deck");

        searchInDeck("Lightning Bolt");
        addFirstHit("Lightning Bolt", 4);
        searchInDeck("Mountain");
        addFirstHit("Mountain", 55);
        assertThat(browser.findElement(By.id("deck-legality")).getAttribute("data-status")).isEqualTo("illegal");
        assertThat(browser.findElement(By.id("deck-problems")).getText()).contains("at least 60").contains("has 59");

        // one more Mountain with the line's + button: 60 cards, legal
        WebElement mountainLine = browser.findElements(By.cssSelector(".deck-line")).stream()
                .filter(line -> line.getText().contains("Mountain")).findFirst().orElseThrow();
        mountainLine.findElements(By.cssSelector(".deck-adjust button")).get(1).click();
        headless.waiting().until(ExpectedConditions.stalenessOf(mountainLine));
        headless.waiting().until(ExpectedConditions.attributeToBe(By.id("deck-legality"), "data-status", "legal"));
        assertThat(browser.findElement(By.id("deck-status")).getText()).isEqualTo("Legal in its format");
        assertThat(browser.findElement(By.id("deck-total")).getText()).contains("€");
        headless.screenshot(test, "legal-deck");
        assertThat(headless.cspViolations("deck builder")).isEmpty();

        // a priced card's deck shows a value above zero
        long priced = PriceFixtures.install().cardId();
        Api.Reply deck = Api.call("POST", "/decks", "{\"name\":\"Priced\",\"tcg_slug\":\"pokemon\"}", "Cookie", headless.sessionCookie());
        long id = deck.json().asJsonObject().getJsonNumber("id").longValue();
        Api.call("POST", "/decks/" + id + "/cards", "{\"card_id\":" + priced + ",\"quantity\":2}", "Cookie", headless.sessionCookie());
        browser.get(Api.baseUrl() + "/en/decks/" + id);
        String total = browser.findElement(By.id("deck-total")).getText();
        assertThat(total).matches(".*[1-9].*");
        assertThat(browser.findElement(By.id("deck-owned")).getText()).contains("0");
        headless.screenshot(test, "priced-deck");

        browser.manage().window().setSize(new Dimension(360, 800));
        browser.navigate().refresh();
        assertThat(headless.scrollsSideways()).as("deck page at 360 px").isFalse();
        browser.get(Api.baseUrl() + "/nl/decks");
        assertThat(browser.findElements(By.cssSelector(".deck-row"))).hasSize(2);
        assertThat(headless.scrollsSideways()).as("deck list at 360 px").isFalse();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn decks");
        List<String> violations = headless.cspViolations("deck list");
        assertThat(violations).isEmpty();
    }

    @Test
    void an_import_with_unresolved_lines_lists_them_and_someone_elses_private_deck_is_not_found(TestInfo test) {
        headless = HeadlessBrowser.open(new Dimension(1280, 900));
        browser = headless.driver();
        headless.signUp("deckimport");
        browser.get(Api.baseUrl() + "/en/decks");
        new Select(browser.findElement(By.id("import-game"))).selectByValue("mtg");
        browser.findElement(By.id("import-text")).sendKeys("4 Lightning Bolt\n20 Mountain\nnot a card line");
        browser.findElement(By.id("import-submit")).click();
        headless.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import-unresolved")));
        List<WebElement> lines = browser.findElements(By.cssSelector(".unresolved-line"));
        assertThat(lines).extracting(line -> line.getAttribute("data-line")).containsExactly("2", "3");
        assertThat(lines.get(0).getText()).contains("Mountain (LEA");
        headless.screenshot(test, "import-report");
        String href = browser.findElement(By.id("imported-deck")).getAttribute("href");

        browser.get(href);
        assertThat(browser.findElement(By.cssSelector(".deck-line")).getText()).contains("Lightning Bolt");
        browser.manage().deleteAllCookies();
        browser.get(href);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Deck not found");
    }

    @Test
    void the_account_page_sets_avatar_and_privacy_and_the_public_page_shows_them(TestInfo test) throws java.io.IOException {
        headless = HeadlessBrowser.open(new Dimension(1280, 900));
        browser = headless.driver();
        headless.recordCspViolations();
        String name = headless.signUp("profilepage");
        long priced = PriceFixtures.install().cardId();
        Api.call("POST", "/collection/add", "{\"card_id\":" + priced + "}", "Cookie", headless.sessionCookie());

        browser.get(Api.baseUrl() + "/en/users/" + name);
        assertThat(browser.findElement(By.id("user-name")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("user-private")).isDisplayed()).isTrue();

        browser.get(Api.baseUrl() + "/en/account");
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("avatar", ".png");
        java.nio.file.Files.write(photo, io.cardvault.application.port.out.TestImages.png(300, 200));
        browser.findElement(By.id("avatar-file")).sendKeys(photo.toString());
        browser.findElement(By.id("avatar-submit")).click();
        headless.waiting().until(ExpectedConditions.textToBe(By.id("avatar-status"), "Avatar saved."));
        browser.findElement(By.id("privacy-public")).click();
        headless.waiting().until(ExpectedConditions.textToBe(By.id("privacy-status"), "Saved."));
        java.nio.file.Files.deleteIfExists(photo);
        headless.screenshot(test, "account-profile-controls");

        browser.get(Api.baseUrl() + "/en/users/" + name);
        assertThat(browser.findElement(By.id("user-avatar")).getAttribute("src")).endsWith("/users/" + name + "/avatar");
        assertThat((Long) browser.executeScript("return document.getElementById('user-avatar').naturalWidth;")).isEqualTo(256L);
        assertThat(browser.findElement(By.id("user-portfolio")).getText()).matches(".*[1-9].*");
        assertThat(browser.findElement(By.id("user-recent")).getText()).isNotBlank();
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(Api.baseUrl() + "/nl/users/" + name);
        assertThat(browser.findElement(By.id("user-name")).getText()).isEqualTo(name);
        assertThat(headless.scrollsSideways()).as("public profile at 360 px").isFalse();
        assertThat(headless.cspViolations("profile pages")).isEmpty();
    }
}
