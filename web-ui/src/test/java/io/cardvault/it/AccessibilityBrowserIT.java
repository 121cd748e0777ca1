package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Accessibility (issue 28): axe-core (Deque's engine, from its Maven artifact, run in the page through Selenium)
 * finds no serious or critical fault on any page in either language, on a desktop and a phone; focus rings reach
 * 3:1 against white; the controls a finger aims at are at least 24 px.
 */
class AccessibilityBrowserIT {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private HeadlessBrowser headless;
    private ChromeDriver browser;

    @BeforeAll
    static void catalogueImported() {
        Catalogue.awaitImported();
    }

    @AfterEach
    void close() {
        if (headless != null) {
            headless.close();
        }
    }

    private void open(Dimension size) {
        headless = HeadlessBrowser.open(size);
        browser = headless.driver();
        headless.offlinePictureHosts();
    }

    /** The page's serious and critical faults, each with the elements it was found on. */
    private List<String> faults(String page) {
        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.isErrored()).as(page + ": axe ran (" + results.getErrorMessage() + ")").isFalse();
        assertThat(results.getPasses()).as(page + ": axe checked something").isNotEmpty();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                List<String> where = rule.getNodes().stream().limit(5).map(CheckedNode::getTarget).map(String::valueOf).toList();
                found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at " + where);
            }
        }
        return found;
    }

    private List<String> faultsOf(List<SitePages.Page> pages, String device) {
        List<String> found = new ArrayList<>();
        for (String language : SitePages.LANGUAGES) {
            for (SitePages.Page page : pages) {
                SitePages.open(browser, headless.waiting(), page.in(language));
                found.addAll(faults(device + " " + page.in(language)));
            }
        }
        return found;
    }

    @Test
    void no_page_has_a_serious_or_critical_accessibility_fault_in_either_language(TestInfo test) {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        open(new Dimension(1366, 900));
        List<SitePages.Page> pages = new ArrayList<>(SitePages.publicPages(prices));
        pages.addAll(SitePages.gamePages(browser, headless.waiting()));
        List<String> found = new ArrayList<>(faultsOf(pages, "desktop"));

        // a sign-up with every field wrong: the error messages and the marked fields
        SitePages.open(browser, headless.waiting(), "/en/signup");
        browser.findElement(By.id("email")).sendKeys("not-an-address");
        browser.findElement(By.id("submit")).click();
        headless.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signup-error")));
        found.addAll(faults("desktop sign-up with errors"));

        headless.signUp("axe");
        found.addAll(faultsOf(SitePages.signedInPages(), "desktop"));
        headless.screenshot(test, "1-last-page-checked");
        headless.close();

        // a phone, its folded menu open
        open(new Dimension(390, 844));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        for (SitePages.Page page : List.of(pages.get(0), pages.get(3), pages.get(4))) {
            SitePages.open(browser, headless.waiting(), page.in("en"));
            browser.findElement(By.id("nav-toggle")).click();
            headless.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("site-nav")));
            found.addAll(faults("phone " + page.in("en") + " with the menu open"));
        }
        headless.screenshot(test, "2-phone-menu-open");
        assertThat(found).isEmpty();
    }

    @Test
    void focus_rings_reach_3_to_1_against_white_and_touch_targets_are_at_least_24_px(TestInfo test) {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        open(new Dimension(1366, 900));
        SitePages.open(browser, headless.waiting(), "/en/signin");
        browser.findElement(By.id("login")).sendKeys(Keys.TAB); // onto the password field, by the keyboard: focus-visible
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("password");
        String ring = (String) browser.executeScript(
                "var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor;");
        assertThat(ring).startsWith("solid 3px");
        String background = (String) browser.executeScript(
                "return getComputedStyle(document.querySelector('.auth-card')).backgroundColor");
        assertThat(background).isEqualTo("rgb(255, 255, 255)");
        assertThat(contrast(rgb(ring.substring(ring.indexOf("rgb"))), new int[] {255, 255, 255}))
                .as("focus ring " + ring + " on white").isGreaterThanOrEqualTo(3.0);
        headless.screenshot(test, "1-focus-ring");

        List<String> small = new ArrayList<>();
        for (String path : List.of("/en", "/en/cards/" + prices.cardId() + "?variant=" + prices.variantId(), "/en/market",
                "/en/search?q=charizard", "/en/signin")) {
            SitePages.open(browser, headless.waiting(), path);
            @SuppressWarnings("unchecked")
            List<String> tooSmall = (List<String>) browser.executeScript("""
                    var targets = document.querySelectorAll('button, input:not([type=hidden]), select, .button, .site-nav a,'
                        + ' .period, .chip, .variant, .market-tabs a, .pager a, .brand, .skip-link:focus');
                    return Array.prototype.filter.call(targets, function (e) {
                        var box = e.getBoundingClientRect();
                        return box.width > 0 && box.height > 0 && (box.width < 24 || box.height < 24);
                    }).map(function (e) { var b = e.getBoundingClientRect();
                        return (e.id || e.className || e.tagName) + ' ' + Math.round(b.width) + 'x' + Math.round(b.height); });
                    """);
            tooSmall.forEach(target -> small.add(path + ": " + target));
        }
        assertThat(small).isEmpty();
    }

    private static int[] rgb(String css) {
        String[] parts = css.replaceAll("[^0-9,.]", "").split(",");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    /** WCAG's contrast ratio of two sRGB colours. */
    static double contrast(int[] one, int[] other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
