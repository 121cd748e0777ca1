package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;

/**
 * The browser-security headers on the website and the API, over HTTP and over HTTPS (the test
 * server's self-signed certificate is trusted blindly here, and its name not checked).
 */
class SecurityHeadersIT {

    private static final String HTTP = Api.baseUrl();
    private static final String HTTPS = System.getProperty("cardvault.it.httpsUrl", "https://localhost:9543");

    @Test
    void a_page_over_http_has_a_nonce_policy_and_the_browser_headers_but_no_hsts() throws Exception {
        HttpHeaders headers = get(HTTP + "/en").headers();

        assertPageHeaders(headers);
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void a_page_over_https_has_the_same_headers_and_hsts() throws Exception {
        HttpResponse<String> page = get(HTTPS + "/en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertPageHeaders(page.headers());
        assertThat(page.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void the_api_answers_with_nosniff_and_a_policy_that_allows_nothing_on_both_ports() throws Exception {
        for (String base : List.of(HTTP, HTTPS)) {
            HttpResponse<String> json = get(base + "/api/app/version?platform=android");
            assertThat(json.statusCode()).as(base).isEqualTo(200);
            assertThat(json.headers().allValues("Content-Security-Policy")).as(base)
                    .containsExactly("default-src 'none'; frame-ancestors 'none'");
            assertThat(json.headers().firstValue("X-Content-Type-Options")).as(base).contains("nosniff");
            assertThat(json.headers().firstValue("X-Frame-Options")).as(base).contains("DENY");
        }
        assertThat(get(HTTPS + "/api/app/version?platform=android").headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000");
        HttpResponse<String> error = get(HTTP + "/nope");
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(error.headers().allValues("Content-Security-Policy")).containsExactly("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void the_redirect_to_a_language_carries_the_headers_too() throws Exception {
        HttpResponse<String> redirect = get(HTTP + "/");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(redirect.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void the_faces_session_cookie_is_http_only_same_site_lax_and_secure() throws Exception {
        // anonymous pages are stateless; the keys page keeps its view state in the session, so rendering it starts one
        String session = Api.registerSession("hdr");
        for (String base : List.of(HTTP, HTTPS)) {
            HttpResponse<String> keys = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/en/account/keys"))
                    .header("Cookie", session).GET().timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(keys.statusCode()).as(base).isEqualTo(200);
            assertThat(keys.headers().allValues("Set-Cookie")).as(base).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                    .singleElement().satisfies(cookie -> assertThat(cookie.toLowerCase(java.util.Locale.ROOT))
                            .contains("; secure", "; httponly", "samesite=lax"));
        }
    }

    @Test
    void no_answer_lets_every_origin_read_it_with_credentials_on_either_listener() {
        String evil = "https://evil.example";
        // before: Liberty's /metrics answered Access-Control-Allow-Origin: * with Access-Control-Allow-Credentials: true
        for (String path : List.of("/metrics", "/metrics?scope=base", "/openapi", "/openapi/ui/", "/health", "/health/ready",
                "/api/v2/stats", "/en/")) {
            Api.Reply reply = Api.call("GET", path, null, "Origin", evil);
            assertThat(reply.header("Access-Control-Allow-Origin")).as(path).isNotEqualTo("*");
            assertThat(reply.header("Access-Control-Allow-Credentials")).as(path).isNull();
        }
        for (String path : List.of("/metrics", "/metrics?scope=base", "/openapi?format=JSON", "/openapi/ui/")) {
            Api.Reply reply = Api.ops(path, "Origin", evil);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.raw().headers().map().keySet()).as(path)
                    .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"));
        }
    }

    @Test
    void liberty_s_own_endpoints_are_on_the_operations_listener_only() {
        assertThat(Api.get("/metrics").status()).isEqualTo(404);
        assertThat(Api.get("/openapi").status()).isEqualTo(404);
        assertThat(Api.ops("/metrics").body()).contains("# TYPE");
        // the application is not on the operations listener
        assertThat(Api.ops("/health").status()).isEqualTo(404);
    }

    private static void assertPageHeaders(HttpHeaders headers) {
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertThat(policies).singleElement().satisfies(policy -> {
            assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'")
                    .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'")
                    .doesNotContain("unsafe-eval")
                    .doesNotContainPattern("script-src[^;]*'unsafe-inline'");
        });
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException, GeneralSecurityException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static final HttpClient CLIENT = trustingClient();

    /** The test server's certificate is Liberty's generated self-signed one, for "localhost" only by chance. */
    private static HttpClient trustingClient() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            // an extended trust manager, so the JDK adds no host-name check of its own either
            tls.init(null, new TrustManager[] {new X509ExtendedTrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    // a client certificate is never asked for
                }

                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
                    // nor here
                }

                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                    // nor here
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // trusted blindly: a test of headers, not of the certificate
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
                    // trusted blindly
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                    // trusted blindly
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return HttpClient.newBuilder().sslContext(tls)
                    .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS in this JVM", e);
        }
    }
}
