package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SecurityHeadersFilterTest {

    /** Headers as the response holds them: name → values, in order. */
    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    @Test
    void a_page_gets_the_browser_headers_and_the_nonce_less_page_policy_until_primefaces_sends_its_own() throws Exception {
        List<String> seenInside = new ArrayList<>();
        new SecurityHeadersFilter().doFilter(request("/en/cards/4", false), response(), (request, response) -> {
            seenInside.addAll(headers.get("Content-Security-Policy"));
            // what PrimeFaces' CSP listener does before rendering a view
            ((HttpServletResponse) response).addHeader("Content-Security-Policy", SecurityHeadersFilter.PAGE_POLICY + " 'nonce-abc';");
        });

        assertThat(seenInside).containsExactly(SecurityHeadersFilter.PAGE_POLICY);
        assertThat(headers.get("Content-Security-Policy")).containsExactly(SecurityHeadersFilter.PAGE_POLICY + " 'nonce-abc';");
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.get("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
        assertThat(headers).doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void an_api_answer_gets_nosniff_and_a_policy_that_allows_nothing() throws Exception {
        new SecurityHeadersFilter().doFilter(request("/api/v2/cards/4", false), response(), (request, response) -> { });

        assertThat(headers.get("Content-Security-Policy")).containsExactly("default-src 'none'; frame-ancestors 'none'");
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
    }

    @Test
    void hsts_only_on_https() throws Exception {
        new SecurityHeadersFilter().doFilter(request("/en", true), response(), (request, response) -> { });

        assertThat(headers.get("Strict-Transport-Security")).containsExactly("max-age=31536000");
    }

    @Test
    void the_website_is_the_language_prefixes_and_the_scan_pwa_only() {
        assertThat(SecurityHeadersFilter.isWebsite("/en")).isTrue();
        assertThat(SecurityHeadersFilter.isWebsite("/nl/cards/4")).isTrue();
        assertThat(SecurityHeadersFilter.isWebsite("/scan-pwa")).isTrue();
        assertThat(SecurityHeadersFilter.isWebsite("/scan-pwa/review")).isTrue();
        assertThat(SecurityHeadersFilter.isWebsite("/scan-pwatch")).isFalse();
        assertThat(SecurityHeadersFilter.isWebsite("/api/scan-sessions")).isFalse();
        assertThat(SecurityHeadersFilter.isWebsite("/english")).isFalse();
        assertThat(SecurityHeadersFilter.isWebsite("/")).isFalse();
        assertThat(SecurityHeadersFilter.isWebsite("/api/v2/cards")).isFalse();
    }

    @Test
    void primefaces_is_given_the_same_page_policy_in_web_xml() throws Exception {
        NodeList parameters = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile()).getElementsByTagName("context-param");
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            values.put(parameter.getElementsByTagName("param-name").item(0).getTextContent().trim(),
                    parameter.getElementsByTagName("param-value").item(0).getTextContent().trim());
        }

        assertThat(values).containsEntry("primefaces.CSP", "true")
                .containsEntry("primefaces.CSP_POLICY", SecurityHeadersFilter.PAGE_POLICY);
        assertThat(SecurityHeadersFilter.PAGE_POLICY).endsWith("script-src 'self'"); // PrimeFaces appends the nonce there
    }

    @Test
    void pages_may_show_the_pictures_of_every_card_picture_source_and_no_other_host() {
        String images = java.util.Arrays.stream(SecurityHeadersFilter.PAGE_POLICY.split(";")).map(String::strip)
                .filter(directive -> directive.startsWith("img-src ")).findFirst().orElseThrow();

        assertThat(images.split(" ")).containsExactlyInAnyOrder(java.util.stream.Stream.concat(
                java.util.stream.Stream.of("img-src", "'self'", "data:"),
                java.util.Arrays.stream(io.cardvault.domain.catalogue.CardImageSource.values())
                        .map(io.cardvault.domain.catalogue.CardImageSource::origin)).toArray(String[]::new));
    }

    private static HttpServletRequest request(String uri, boolean secure) {
        return (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    case "isSecure" -> secure;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "setHeader" -> headers.put((String) arguments[0], new ArrayList<>(List.of((String) arguments[1])));
                    case "addHeader" -> headers.computeIfAbsent((String) arguments[0], name -> new ArrayList<>()).add((String) arguments[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
