package io.cardvault.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium and chromedriver, no download) with its own throw-away profile, and
 * what every browser test does with it: screenshots into {@code target/screenshots/}, waiting, signing a fresh
 * collector up, checking for sideways scrolling and for Content-Security-Policy refusals. Close it after each test.
 */
final class HeadlessBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("cardvault.it.screenshots", "target/screenshots"));

    /** Records every refusal of the page's Content-Security-Policy, from before the page's own first script. */
    static final String RECORD_CSP_VIOLATIONS = """
            window.cspViolations = [];
            document.addEventListener('securitypolicyviolation', function (e) {
                window.cspViolations.push(e.violatedDirective + ' refused ' + (e.blockedURI || 'inline') + ' ' + (e.sample || ''));
            });
            """;

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser window of this size; extra Chromium switches (a fake camera, say) are added to the defaults. */
    static HeadlessBrowser open(Dimension size, String... extraArguments) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=en-US", "--user-data-dir=" + profile);
            options.addArguments(extraArguments);
            // the console, where Chromium reports what a Content-Security-Policy refused
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            // the driver owns its chromedriver process and ends it on quit(); named explicitly so Selenium Manager stays offline
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(size);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new HeadlessBrowser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void screenshot(TestInfo test, String step) {
        Path target = SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + "-" + step + ".png");
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts recording Content-Security-Policy refusals on every page opened from now on. */
    void recordCspViolations() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
    }

    /** What the policy refused on the current page, seen by the listener and in the console; then forgets it. */
    @SuppressWarnings("unchecked")
    List<String> cspViolations(String page) {
        List<String> found = new ArrayList<>();
        Object recorded = driver.executeScript("return window.cspViolations || []");
        ((List<Object>) recorded).forEach(violation -> found.add(page + ": " + violation));
        driver.executeScript("window.cspViolations = []");
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                found.add(page + " (console): " + entry.getMessage());
            }
        }
        return found;
    }

    /** The card pictures' hosts, refused in the browser whether or not this machine is online. */
    void offlinePictureHosts() {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*://assets.tcgdex.net/*",
                "*://cards.scryfall.io/*", "*://images.ygoprodeck.com/*")));
    }

    boolean scrollsSideways() {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    /** Whether any of these elements reaches past the viewport's right edge. */
    boolean reachesPastTheEdge(String selector) {
        return (Boolean) driver.executeScript("var width = document.documentElement.clientWidth;"
                + " return Array.prototype.some.call(document.querySelectorAll(arguments[0]),"
                + " function (e) { return e.getBoundingClientRect().right > width + 0.5; });", selector);
    }

    /** Signs a fresh collector up through the site's own form; the browser then holds the session cookie. */
    String signUp(String stem) {
        String name = stem + UUID.randomUUID().toString().substring(0, 8);
        driver.get(Api.baseUrl() + "/en/signup");
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("email")).sendKeys(name + "@example.com");
        driver.findElement(By.id("password")).sendKeys("a long enough password");
        driver.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.urlMatches(".*/en/account$"));
        return name;
    }

    /** The session cookie as a request header value, to call the API as the signed-in collector. */
    String sessionCookie() {
        return "tcg_session=" + driver.manage().getCookieNamed("tcg_session").getValue();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
