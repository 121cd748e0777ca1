package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one admission every entry point shares: path variants never judged more leniently than their
 * route, malformed escapes answered 400 (never 500), anonymous page views without an HttpSession,
 * the card fast path in the REST metrics, and the Origin rule on cookie-authenticated WebSocket
 * upgrades. Requests whose exact bytes matter go over a raw socket: {@link java.net.URI} refuses
 * {@code %zz} and clients may tidy a path.
 */
class AdmissionIT {

    private static final String EVIL = "https://evil.example";
    private static final URI BASE = URI.create(Api.baseUrl());

    @BeforeAll
    static void catalogueImported() {
        Catalogue.awaitImported();
    }

    @Test
    void matrix_parameters_on_sign_in_routes_are_400_and_never_sign_in_or_register() {
        String username = "adm-" + UUID.randomUUID().toString().substring(0, 8);
        String account = "{\"username\":\"" + username + "\",\"email\":\"" + username + "@example.com\",\"password\":\"hunter2hunter2\"}";
        assertThat(Api.call("POST", "/auth/register", account).status()).isEqualTo(201);
        String login = "{\"username\":\"" + username + "\",\"password\":\"hunter2hunter2\"}";

        Raw matrixLogin = raw("POST", "/auth;x=1/login", login, "Origin", EVIL);
        assertThat(matrixLogin.status()).isEqualTo(400);
        assertThat(matrixLogin.header("content-type")).startsWith("application/json");
        assertThat(matrixLogin.body()).contains("\"detail\"").doesNotContain("tcg_session");
        assertThat(matrixLogin.headers()).noneMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("set-cookie: tcg_session=v"));

        String other = "adm-" + UUID.randomUUID().toString().substring(0, 8);
        Raw matrixRegister = raw("POST", "/auth;/register", "{\"username\":\"" + other + "\",\"email\":\"" + other
                + "@example.com\",\"password\":\"hunter2hunter2\"}");
        assertThat(matrixRegister.status()).isEqualTo(400);
        assertThat(Api.call("POST", "/auth/login", "{\"username\":\"" + other + "\",\"password\":\"hunter2hunter2\"}").status())
                .as("the matrix-parameter sign-up created no account").isEqualTo(401);

        for (String variant : List.of("/auth/login", "/Auth/login", "/AUTH/login", "/auth/login/", "/api/Auth/login")) {
            Raw forged = raw("POST", variant, login, "Origin", EVIL);
            assertThat(forged.status()).as(variant).isEqualTo(403);
            assertThat(forged.body()).as(variant).contains("Cross-site request refused");
        }
    }

    @Test
    void path_spellings_that_could_hide_a_route_are_400_in_the_detail_shape() {
        for (String variant : List.of("/api;x/search?q=pikachu", "//api/search?q=pikachu", "/api//search?q=pikachu",
                "/api/v2/cards/134;x=1", "/auth;x=1/me")) {
            Raw reply = raw("GET", variant, null);
            assertThat(reply.status()).as(variant).isEqualTo(400);
            assertThat(reply.header("content-type")).as(variant).startsWith("application/json");
            assertThat(reply.body()).as(variant).contains("{\"detail\":\"");
        }
        // Escaped separators: refused 400 by the container before the admission (which refuses them too:
        // RequestPathTest); the container's own error page is not the admission's to shape
        for (String variant : List.of("/api%2Fsearch?q=pikachu", "/api%2fsearch?q=pikachu", "/auth%2flogin")) {
            assertThat(raw("GET", variant, null).status()).as(variant).isEqualTo(400);
        }
        assertThat(raw("GET", "/api/search?q=pikachu", null).status()).isEqualTo(200);
    }

    @Test
    void malformed_percent_escapes_are_400_never_a_500() {
        for (String path : List.of("/api/search?q=%zz", "/health?x=%", "/api/v2/cards/134?x=%G0", "/auth/me?x=%C3%28")) {
            Raw reply = raw("GET", path, null);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.header("content-type")).as(path).startsWith("application/json");
            assertThat(reply.body()).as(path).contains("{\"detail\":\"Malformed percent-escape").doesNotContain("Exception", "at io.");
        }
        Raw inPath = raw("GET", "/api/%zz", null); // the container refuses this one before the application sees it
        assertThat(inPath.status()).isEqualTo(400);
        assertThat(inPath.body()).doesNotContain("Exception", "at io.");
        Raw page = raw("GET", "/en/?q=%zz", null);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("content-type")).startsWith("text/html");
        assertThat(page.body()).contains("lang=\"en\"").doesNotContain("Exception", "at io.");
    }

    @Test
    void anonymous_page_views_create_no_servlet_session() {
        List<String> sessions = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (String page : List.of("/en/", "/nl/", "/en/cards/134", "/en/search?q=pikachu", "/en/market",
                    "/en/signin", "/nl/signup", "/en/no-such-page")) {
                Api.Reply reply = Api.get(page);
                assertThat(reply.status()).as(page).isIn(200, 404);
                reply.raw().headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID"))
                        .map(cookie -> page + " -> " + cookie).forEach(sessions::add);
            }
        }
        assertThat(sessions).isEmpty();
    }

    @Test
    void the_web_sign_in_form_still_works_without_a_stored_view_and_refuses_other_sites() {
        String username = "adm-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(Api.call("POST", "/auth/register", "{\"username\":\"" + username + "\",\"email\":\"" + username
                + "@example.com\",\"password\":\"hunter2hunter2\"}").status()).isEqualTo(201);
        Api.Reply form = Api.get("/en/signin");
        Matcher action = Pattern.compile("<form id=\"signin\"[^>]*action=\"([^\"]+)\"").matcher(form.body());
        assertThat(action.find()).as(form.body()).isTrue();
        assertThat(form.body()).as("the view keeps no state").contains("value=\"stateless\"");
        StringBuilder fields = new StringBuilder("login=" + username + "&password=hunter2hunter2&submit=Sign+in");
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(form.body());
        while (hidden.find()) {
            fields.append('&').append(URLEncoder.encode(hidden.group(1), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(hidden.group(2), StandardCharsets.UTF_8));
        }

        Raw forged = raw("POST", action.group(1), fields.toString(), "Content-Type", "application/x-www-form-urlencoded", "Origin", EVIL);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.header("content-type")).startsWith("text/html");

        Raw signedIn = raw("POST", action.group(1), fields.toString(), "Content-Type", "application/x-www-form-urlencoded",
                "Origin", Api.baseUrl());
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
        assertThat(signedIn.header("location")).endsWith("/en/account");
        assertThat(signedIn.headers()).anyMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("set-cookie: tcg_session=v"));
    }

    @Test
    void card_details_served_by_the_fast_path_count_in_the_rest_request_timer() {
        assertThat(Api.get("/api/v2/cards/134").status()).isEqualTo(200); // JAX-RS fills the fast path's cache
        long before = cardDetailCount();
        for (int i = 0; i < 5; i++) {
            assertThat(Api.get("/api/v2/cards/134").status()).isEqualTo(200);
        }
        assertThat(cardDetailCount()).isGreaterThanOrEqualTo(before + 5);
    }

    @Test
    void a_websocket_upgrade_signed_in_by_cookie_needs_a_trusted_origin() {
        Realtime.User user = Realtime.register();
        Raw forged = upgrade("/ws/v1", "Cookie", user.cookie(), "Origin", EVIL);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("Cross-site request refused");

        assertThat(upgrade("/ws/v1", "Cookie", user.cookie(), "Origin", Api.baseUrl()).status()).isEqualTo(101);
        assertThat(upgrade("/ws/v1", "Cookie", user.cookie()).status()).as("no Origin: not a browser").isEqualTo(101);
        assertThat(upgrade("/ws/v1", "Origin", EVIL).status()).as("anonymous").isEqualTo(101);
        String key = Realtime.proKey(user);
        assertThat(upgrade("/api/v1/stream?api_key=" + key, "Cookie", user.cookie(), "Origin", EVIL).status())
                .as("a key, not the cookie, authenticates").isEqualTo(101);
    }

    private static long cardDetailCount() {
        String metrics = Api.ops("/metrics?scope=base").body();
        return metrics.lines()
                .filter(line -> line.startsWith("REST_request") && line.contains("_count{"))
                .filter(line -> line.contains("V2CardsResource") && line.contains("method=\"card_long\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no REST.request timer for the card detail in\n" + metrics));
    }

    private static Raw upgrade(String path, String... headers) {
        String[] all = new String[headers.length + 8];
        System.arraycopy(new String[] {"Upgrade", "websocket", "Connection", "Upgrade", "Sec-WebSocket-Key",
                "dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version", "13"}, 0, all, 0, 8);
        System.arraycopy(headers, 0, all, 8, headers.length);
        return raw("GET", path, null, all);
    }

    /** An answer read off the socket: status, header lines, body (whatever arrived before the server closed). */
    record Raw(int status, List<String> headers, String body) {

        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip()).findFirst().orElse("");
        }
    }

    /** One HTTP/1.1 request with exactly this request target; headers as name, value, …. */
    private static Raw raw(String method, String target, String body, String... headers) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(BASE.getHost()).append(':').append(BASE.getPort()).append("\r\n");
        boolean upgrade = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            upgrade |= "Upgrade".equals(headers[i]);
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null && List.of(headers).stream().noneMatch("Content-Type"::equals)) {
            request.append("Content-Type: application/json\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        if (!upgrade) {
            request.append("Connection: close\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(BASE.getHost(), BASE.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            List<String> lines = new ArrayList<>();
            for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
                lines.add(line);
            }
            int status = Integer.parseInt(lines.get(0).split(" ")[1]);
            String text = status == 101 ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Raw(status, lines.subList(1, lines.size()), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
