package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a page costs to load (issue 28): a cold card page, chart and all, within its budget as the browser
 * counts it; every script and stylesheet compressed, under the page's own language, versioned and kept a
 * year; the chart's code only where a chart is; and the site's icon.
 */
class PageWeightIT {

    /** A cold card page, everything it loads counted as transferred (headers and compressed bodies). */
    static final long CARD_PAGE_BUDGET_BYTES = 350_000;
    private static final Pattern LINKED = Pattern.compile("(?:src|href)=\"([^\"]*jakarta\\.faces\\.resource[^\"]*)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HeadlessBrowser headless;

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

    @Test
    void a_cold_card_page_with_its_chart_transfers_at_most_350_kb(TestInfo test) {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        headless = HeadlessBrowser.open(new Dimension(1366, 900));
        headless.offlinePictureHosts(); // the picture is the upstream's, outside the budget and offline here
        headless.driver().get(Api.baseUrl() + "/en/cards/" + prices.cardId() + "?variant=" + prices.variantId());
        headless.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("price-chart")));
        headless.waiting().until(driver -> headless.driver().executeScript("""
                var c = document.querySelector('#price-chart canvas');
                return document.readyState === 'complete' && !!(c && window.Chart && Chart.getChart(c));
                """));
        long transferred = (Long) headless.driver().executeScript("""
                var navigation = performance.getEntriesByType('navigation')[0];
                return Math.round(performance.getEntriesByType('resource')
                        .reduce(function (sum, r) { return sum + r.transferSize; }, navigation.transferSize));
                """);
        long uncompressed = (Long) headless.driver().executeScript("""
                var navigation = performance.getEntriesByType('navigation')[0];
                return Math.round(performance.getEntriesByType('resource')
                        .reduce(function (sum, r) { return sum + r.decodedBodySize; }, navigation.decodedBodySize));
                """);
        System.out.printf("cold card page: %d bytes transferred, %d bytes uncompressed%n", transferred, uncompressed);
        headless.screenshot(test, "1-cold-card-page");
        assertThat(transferred).as("nothing counted means nothing measured").isPositive();
        assertThat(transferred).isLessThanOrEqualTo(CARD_PAGE_BUDGET_BYTES);
        assertThat(transferred).as("compressed").isLessThan(uncompressed / 2);
    }

    @Test
    void scripts_and_stylesheets_come_compressed_under_the_pages_language_versioned_and_kept_a_year() throws Exception {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        for (String language : List.of("en", "nl")) {
            String page = "/" + language + "/cards/" + prices.cardId() + "?variant=" + prices.variantId();
            HttpResponse<byte[]> html = get(page, true);
            assertThat(html.headers().firstValue("Content-Encoding")).as(page).hasValue("gzip");
            List<String> linked = linked(gunzip(html.body()));
            assertThat(linked).as(page).anyMatch(url -> url.contains("site.css")).anyMatch(url -> url.contains("site.js"))
                    .anyMatch(url -> url.contains("chart"));
            for (String url : linked) {
                assertThat(url).as("linked from " + page).startsWith("/" + language + "/jakarta.faces.resource/").contains("v=");
                HttpResponse<byte[]> resource = get(url, true);
                assertThat(resource.statusCode()).as(url).isEqualTo(200);
                assertThat(resource.headers().firstValue("Content-Encoding")).as(url).hasValue("gzip");
                assertThat(resource.headers().firstValue("Cache-Control")).as(url).hasValue("public, max-age=31536000, immutable");
            }
        }
        // a URL with a stale version is answered, but not kept a year
        HttpResponse<byte[]> stale = get("/en/jakarta.faces.resource/site.css?ln=cardvault&v=000000000000", false);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
    }

    @Test
    void only_pages_with_a_chart_load_the_chart_code_and_only_widget_pages_load_primefaces() throws Exception {
        PriceFixtures.Fixture prices = PriceFixtures.install();
        for (String page : List.of("/en", "/en/search?q=charizard", "/en/sets/" + prices.setId(), "/en/market",
                "/nl/market/spreads", "/en/signin", "/nl/signup")) {
            List<String> linked = linked(new String(get(page, false).body(), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(linked).as(page).anyMatch(url -> url.contains("site.css"))
                    .noneMatch(url -> url.contains("chart") || url.contains("moment") || url.contains("ln=primefaces"));
        }
        List<String> card = linked(new String(get("/en/cards/" + prices.cardId() + "?variant=" + prices.variantId(), false).body(),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(card).anyMatch(url -> url.contains("chart/chart.js"));
    }

    @Test
    void the_site_has_an_icon_and_every_page_links_it() throws Exception {
        HttpResponse<byte[]> icon = get("/favicon.ico", false);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/x-icon"));
        assertThat(icon.body()).startsWith(0, 0, 1, 0); // an ICO directory of icons
        assertThat(icon.body().length).isGreaterThan(200);
        for (String page : List.of("/en", "/nl/signin")) {
            assertThat(new String(get(page, false).body(), java.nio.charset.StandardCharsets.UTF_8)).as(page)
                    .contains("<link rel=\"icon\" href=\"/favicon.ico\"");
        }
    }

    private static List<String> linked(String html) {
        List<String> urls = new ArrayList<>();
        Matcher matcher = LINKED.matcher(html);
        while (matcher.find()) {
            urls.add(matcher.group(1).replace("&amp;", "&"));
        }
        return urls;
    }

    private static HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).timeout(Duration.ofSeconds(30));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
