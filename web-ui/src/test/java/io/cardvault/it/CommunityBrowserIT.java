package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.it.Community.Member;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The community's pages in headless Chromium: an XSS corpus posted through the forum's own form renders
 * inert (no dialog, the sentinel global never set, no CSP refusal needed), two members exchange messages
 * through the inbox and the conversation page, and an administrator hides a reported post from the
 * moderation queue, after which the post is gone from public reads.
 */
class CommunityBrowserIT {

    /** Every payload would set {@code window.xssRan} or open a dialog if it ran. */
    private static final List<String> XSS_CORPUS = List.of(
            "<script>window.xssRan=true;alert(1)</script>",
            "<img src=x onerror=\"window.xssRan=true;alert(1)\">",
            "<svg onload=\"window.xssRan=true\"><script>window.xssRan=true</script></svg>",
            "<iframe src=\"javascript:parent.xssRan=true\"></iframe>",
            "<iframe srcdoc=\"<script>parent.xssRan=true</script>\"></iframe>",
            "[click me](javascript:window.xssRan=true)",
            "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![img](javascript:window.xssRan=true)",
            "<a href=\"javascript:window.xssRan=true\" id=\"raw-link\">raw</a>",
            "<style>body{background:url(\"javascript:window.xssRan=true\")}</style>",
            "<div style=\"width:expression(window.xssRan=true)\">styled</div>",
            "<details open ontoggle=\"window.xssRan=true\"><summary>x</summary></details>",
            "**bold <img src=x onerror=window.xssRan=true>**",
            "> <script>window.xssRan=true</script>",
            "`<script>window.xssRan=true</script>`",
            "<<script>script>window.xssRan=true<</script>/script>",
            "[x](&#106;avascript:window.xssRan=true)",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.xssRan=true>",
            "<body onload=\"window.xssRan=true\">",
            "<input autofocus onfocus=\"window.xssRan=true\">");

    private HeadlessBrowser headless;
    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (headless != null) {
            headless.close();
        }
    }

    private void open(Dimension size) {
        headless = HeadlessBrowser.open(size);
        browser = headless.driver();
        headless.recordCspViolations();
    }

    @Test
    void an_xss_corpus_posted_through_the_form_renders_inert(TestInfo test) {
        open(new Dimension(1280, 900));
        headless.signUp("xss");
        browser.get(Api.baseUrl() + "/en/forum/new");
        browser.findElement(By.id("post-title-input")).sendKeys("Totally normal post");
        // typed into the textarea as a member would (sendKeys would be slow for the whole corpus): set, then submitted
        browser.executeScript("document.getElementById('post-body-input').value = arguments[0]", String.join("\n\n", XSS_CORPUS));
        browser.findElement(By.id("post-send")).click();
        headless.waiting().until(ExpectedConditions.urlMatches(".*/en/forum/\\d+$"));
        headless.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("post-body")));
        headless.screenshot(test, "post");

        assertNothingRan();
        String body = browser.findElement(By.id("post-body")).getText();
        assertThat(body).contains("<script>window.xssRan=true;alert(1)</script>", "click me");
        assertThat(browser.findElements(By.cssSelector("#post-body script, #post-body iframe, #post-body svg, #post-body img,"
                + " #post-body style, #post-body input, #post-body [onerror], #post-body [onload]"))).isEmpty();
        browser.findElements(By.cssSelector("#post-body a")).forEach(link ->
                assertThat(link.getAttribute("href")).doesNotStartWith("javascript").doesNotStartWith("data"));
        assertNothingRan();
        assertThat(headless.cspViolations("forum post")).isEmpty();

        browser.manage().window().setSize(new Dimension(360, 740));
        browser.navigate().refresh();
        assertThat(headless.scrollsSideways()).as("the post page scrolls sideways at 360 px").isFalse();
        assertNothingRan();
    }

    private void assertNothingRan() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.executeScript("return typeof window.xssRan === 'undefined'")).isEqualTo(true);
    }

    @Test
    void two_members_exchange_messages_through_the_inbox_and_the_conversation(TestInfo test) {
        open(new Dimension(1280, 900));
        String me = headless.signUp("inbox");
        Member pen = Community.member("penpal");
        Member meByApi = new Member(headless.sessionCookie(), me);
        Community.send(pen, meByApi, "Hi! Do you trade Base Set holos?");

        browser.get(Api.baseUrl() + "/en/messages");
        headless.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#threads .thread")));
        assertThat(browser.findElement(By.cssSelector("#threads .thread")).getAttribute("data-username")).isEqualTo(pen.username());
        assertThat(browser.findElement(By.cssSelector(".thread-unread")).getText()).startsWith("1");
        headless.screenshot(test, "inbox");
        browser.findElement(By.cssSelector("#threads .thread-name")).click();
        headless.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("conversation")));
        assertThat(browser.findElement(By.cssSelector("#conversation .message-theirs .message-body")).getText())
                .isEqualTo("Hi! Do you trade Base Set holos?");

        browser.findElement(By.id("reply-body")).sendKeys("Yes, I have a Blastoise to trade.");
        browser.findElement(By.id("reply-send")).click();
        headless.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#conversation .message-mine")));
        assertThat(browser.findElement(By.cssSelector("#conversation .message-mine .message-body")).getText())
                .isEqualTo("Yes, I have a Blastoise to trade.");
        headless.screenshot(test, "conversation");
        assertThat(headless.cspViolations("conversation")).isEmpty();

        JsonObject penInbox = pen.call("GET", "/api/messages", null).json().asJsonObject();
        assertThat(penInbox.getJsonArray("items").getJsonObject(0).getString("body")).isEqualTo("Yes, I have a Blastoise to trade.");
        assertThat(penInbox.getInt("unread_count")).isEqualTo(1);
        assertThat(meByApi.call("GET", "/api/messages", null).json().asJsonObject().getInt("unread_count")).isZero();

        browser.manage().window().setSize(new Dimension(360, 740));
        browser.navigate().refresh();
        assertThat(headless.scrollsSideways()).as("the conversation scrolls sideways at 360 px").isFalse();
    }

    @Test
    void an_administrator_hides_a_reported_post_from_the_moderation_queue(TestInfo test) {
        Member author = Community.member("mod-author");
        Member reporter = Community.member("mod-reporter");
        long post = Community.id(Community.post(author, "Cheap followers", "Buy followers at example.com"));
        long report = Community.id(Community.report(reporter, "forum_post", post, "spam advert"));

        open(new Dimension(1280, 900));
        browser.get(Api.baseUrl() + "/en");
        String admin = Api.administratorSession();
        browser.manage().addCookie(new Cookie("tcg_session", admin.substring(admin.indexOf('=') + 1), "/"));
        browser.get(Api.baseUrl() + "/en/admin/reports");
        headless.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("open-reports")));
        assertThat(browser.findElement(By.cssSelector("[data-report-id='" + report + "'] .report-target")).getText())
                .contains("Cheap followers");
        headless.screenshot(test, "queue");
        WebElement hide = browser.findElement(By.id("hide-" + report));
        hide.click();
        headless.waiting().until(ExpectedConditions.stalenessOf(hide));
        headless.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("moderation-trail")));

        assertThat(browser.findElements(By.cssSelector("[data-report-id='" + report + "']"))).isEmpty();
        assertThat(browser.findElement(By.id("moderation-trail")).getText()).contains("matrix-admin", "hide", "forum_post #" + post);
        assertThat(headless.cspViolations("moderation")).isEmpty();
        headless.screenshot(test, "hidden");
        Watchers.assertDetail(Api.call("GET", "/forum/posts/" + post, null), 404);
        assertThat(Api.call("GET", "/forum/posts?limit=200", null).json().asJsonObject().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).map(Community::id)).doesNotContain(post);
        browser.get(Api.baseUrl() + "/en/forum/" + post);
        assertThat(browser.findElements(By.id("post-body"))).isEmpty();
    }
}
