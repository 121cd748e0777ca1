package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * The marketplace's pages in headless Chromium: a collector opens a card, follows "Sell this card",
 * sets up as a seller, types a price and watches the fee preview follow it, uploads a photo and lists
 * the card; the listing page shows the photo and the browse finds it; a second collector makes an
 * offer. The pages keep to the Content-Security-Policy and do not scroll sideways at 360 px.
 */
class MarketplacePagesBrowserIT {

    private final List<HeadlessBrowser> opened = new ArrayList<>();

    @BeforeAll
    static void catalogueImported() {
        Market.charizard();
    }

    private HeadlessBrowser open(Dimension size) {
        HeadlessBrowser headless = HeadlessBrowser.open(size);
        headless.offlinePictureHosts();
        headless.recordCspViolations();
        opened.add(headless);
        return headless;
    }

    @AfterEach
    void close() {
        opened.forEach(HeadlessBrowser::close);
    }

    @Test
    void a_collector_lists_a_card_with_a_photo_and_another_makes_an_offer(TestInfo test) throws Exception {
        long charizard = Market.charizard();
        HeadlessBrowser sellerBrowser = open(new Dimension(1280, 900));
        ChromeDriver seller = sellerBrowser.driver();
        List<String> refused = new ArrayList<>();
        sellerBrowser.signUp("mpseller");

        seller.get(Api.baseUrl() + "/en/cards/" + charizard);
        sellerBrowser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("sell-this-card"))).click();
        sellerBrowser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("setup-form")));
        assertThat(seller.getCurrentUrl()).contains("/en/sell?card=" + charizard);
        refused.addAll(sellerBrowser.cspViolations("sell (setup)"));
        seller.findElement(By.id("setup-country")).sendKeys("NL");
        seller.findElement(By.id("setup-submit")).click();
        WebElement price = sellerBrowser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sell-price")));
        sellerBrowser.screenshot(test, "1-sell-form");

        price.sendKeys("650");
        sellerBrowser.waiting().until(ExpectedConditions.textToBe(By.id("fee-payout"), "€617.50"));
        assertThat(seller.findElement(By.id("fee-marketplace")).getText()).isEqualTo("€32.50");
        seller.findElement(By.id("sell-protection")).click();
        sellerBrowser.waiting().until(ExpectedConditions.textToBe(By.id("fee-payout"), "€611.00"));
        assertThat(seller.findElement(By.id("fee-protection")).getText()).isEqualTo("€6.50");

        Path photo = Files.createTempFile("listing-photo", ".jpg");
        try {
            Files.write(photo, MarketplacePagesIT.jpeg());
            seller.findElement(By.id("photo-file")).sendKeys(photo.toAbsolutePath().toString());
            sellerBrowser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#photos img")));
        } finally {
            Files.deleteIfExists(photo);
        }
        seller.findElement(By.id("sell-description")).sendKeys("Sharp corners, listed from the browser test");
        refused.addAll(sellerBrowser.cspViolations("sell"));
        sellerBrowser.screenshot(test, "2-sell-filled");
        seller.findElement(By.id("sell-submit")).click();

        sellerBrowser.waiting().until(ExpectedConditions.urlMatches(".*/en/listings/\\d+$"));
        String listingUrl = seller.getCurrentUrl();
        String listing = listingUrl.substring(listingUrl.lastIndexOf('/') + 1);
        WebElement shown = sellerBrowser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".listing-photo")));
        sellerBrowser.waiting().until(driver -> ((Number) seller.executeScript("return arguments[0].naturalWidth", shown)).intValue() > 0);
        assertThat(seller.findElement(By.id("listing-description")).getText()).contains("Sharp corners");
        refused.addAll(sellerBrowser.cspViolations("listing"));
        sellerBrowser.screenshot(test, "3-listing");

        seller.get(Api.baseUrl() + "/en/marketplace?card=" + charizard + "&min_price=650&max_price=650");
        sellerBrowser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-listing-id='" + listing + "']")));
        refused.addAll(sellerBrowser.cspViolations("marketplace"));
        sellerBrowser.screenshot(test, "4-browse");

        HeadlessBrowser bidderBrowser = open(new Dimension(1280, 900));
        ChromeDriver bidder = bidderBrowser.driver();
        bidderBrowser.signUp("mpbidder");
        bidder.get(listingUrl);
        bidderBrowser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bid-amount"))).sendKeys("600");
        bidder.findElement(By.id("bid-message")).sendKeys("Would you take 600?");
        bidder.findElement(By.id("bid-submit")).click();
        bidderBrowser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bid-placed")));
        assertThat(bidder.findElement(By.id("bid-table")).getText()).contains("bidder-1", "€600.00", "Would you take 600?");
        refused.addAll(bidderBrowser.cspViolations("listing (bidder)"));
        bidderBrowser.screenshot(test, "5-offer");

        seller.get(listingUrl);
        assertThat(sellerBrowser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bid-table"))).getText())
                .as("the seller sees who bid").doesNotContain("bidder-1").contains("€600.00");

        seller.manage().window().setSize(new Dimension(360, 800));
        List<String> sideways = new ArrayList<>();
        for (String language : List.of("en", "nl")) {
            for (String page : List.of("/marketplace", "/listings/" + listing, "/sell?card=" + charizard)) {
                seller.get(Api.baseUrl() + "/" + language + page);
                sellerBrowser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
                if (sellerBrowser.scrollsSideways()) {
                    sideways.add(language + page + " (past the edge: " + seller.executeScript("var width = document.documentElement.clientWidth;"
                            + " return Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {"
                            + " return !e.closest('.site-nav ul') && e.getBoundingClientRect().right > width + 0.5; }).slice(0, 6).map(function (e) {"
                            + " return e.tagName + '#' + e.id + '.' + e.className; }).join(', ');") + ")");
                }
                refused.addAll(sellerBrowser.cspViolations(language + page));
            }
        }
        sellerBrowser.screenshot(test, "6-narrow-sell");
        assertThat(sideways).as("pages that scroll sideways at 360 px").isEmpty();
        assertThat(refused).as("Content-Security-Policy refusals").isEmpty();
    }
}
