package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error leaves in the contract's shape: {"detail": "…"}, or 422 with a per-field list. */
class ErrorShapeIT {

    @Test
    void unknown_route_is_404_with_detail() {
        Api.Reply reply = Api.get("/nope");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json()).isEqualTo(Json.createObjectBuilder().add("detail", "Not Found").build());
    }

    @Test
    void wrong_method_is_405_with_detail_and_allow_header() {
        Api.Reply reply = Api.send("DELETE", "/health", "application/json", "");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.json().asJsonObject().getString("detail")).isEqualTo("Method Not Allowed");
        assertThat(reply.header("Allow")).contains("GET");
    }

    @Test
    void invalid_query_value_is_422_with_location_message_and_type() {
        Api.Reply reply = Api.get("/api/app/version?platform=windows");

        assertThat(reply.status()).isEqualTo(422);
        JsonObject error = reply.json().asJsonObject().getJsonArray("detail").getJsonObject(0);
        assertThat(error.getJsonArray("loc")).isEqualTo(Json.createArrayBuilder().add("query").add("platform").build());
        assertThat(error.getString("msg")).isEqualTo("string does not match regex \"android|ios\"");
        assertThat(error.getString("type")).isEqualTo("value_error.str.regex");
    }

    @Test
    void no_stack_trace_ever_leaves_the_server() {
        Api.Reply reply = Api.get("/health/nope");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at io.");
    }

    /** What no error answer may carry: class names, stack frames, the container's name. */
    private static final List<String> LEAKS = List.of("Exception", "at io.", "at java.", "at jakarta.", "com.ibm",
            "org.jboss", "org.eclipse", "SRVE", "CWWK", "Liberty", "Error 500", "<html");

    private static void assertDetailShape(int status, String contentType, String body) {
        assertThat(status).as(body).isBetween(400, 499);
        assertThat(contentType).as(body).startsWith("application/json");
        JsonValue detail = Json.createReader(new StringReader(body)).readObject().get("detail");
        assertThat(detail).as(body).isNotNull();
        assertThat(detail.getValueType()).as(body).isIn(JsonValue.ValueType.STRING, JsonValue.ValueType.ARRAY);
        assertNoLeak(body);
    }

    private static void assertNoLeak(String body) {
        for (String leak : LEAKS) {
            assertThat(body).as("leaks " + leak).doesNotContain(leak);
        }
    }

    private static JsonObject firstFieldError(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertDetailShape(reply.status(), reply.header("Content-Type"), reply.body());
        return reply.json().asJsonObject().getJsonArray("detail").getJsonObject(0);
    }

    private static JsonArray loc(String... steps) {
        var loc = Json.createArrayBuilder();
        for (String step : steps) {
            loc.add(step);
        }
        return loc.build();
    }

    // --- errors the container answers by itself -------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/api/v2/games/%2e%2e%2f", "/api/v2/games/%2e%2e/%2e%2e/x", "/error-page",
            "/api/search?q=%zz", "/health?x=%", "/api/cards/134?x=%4", "/ws/v1?x=%zz"})
    void container_level_refusals_on_api_paths_are_detail_json(String target) {
        Api.RawReply reply = Api.rawGet(target);

        assertDetailShape(reply.status(), reply.header("Content-Type"), reply.body());
    }

    @Test
    void a_broken_escape_in_the_query_is_400_bad_request() {
        Api.RawReply reply = Api.rawGet("/api/search?q=%zz");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json()).isEqualTo(Json.createObjectBuilder()
                .add("detail", "Malformed percent-escape in the query string").build());
    }

    /**
     * A path the container cannot even decode ({@code %00}, {@code %zz}) is refused by Liberty's web
     * container before any application is chosen, so no error page applies: it stays a 400 with
     * Liberty's one-line message, which names no class and carries no trace.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/cards/1%00", "/api/cards/1%zz", "/en/cards/1%00"})
    void a_path_the_container_cannot_decode_is_400_without_class_names_or_traces(String target) {
        Api.RawReply reply = Api.rawGet(target);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at io.").doesNotContain("at java.")
                .doesNotContain("com.ibm").doesNotContain("org.jboss");
    }

    @Test
    void the_error_servlet_asked_for_directly_is_a_404_like_any_unknown_route() {
        Api.Reply reply = Api.get("/error-page");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json()).isEqualTo(Json.createObjectBuilder().add("detail", "Not Found").build());
    }

    @Test
    void a_method_the_container_refuses_is_detail_json() {
        Api.Reply reply = Api.send("TRACE", "/health", "text/plain", "");

        assertDetailShape(reply.status(), reply.header("Content-Type"), reply.body());
    }

    @Test
    void a_path_the_container_refuses_under_a_language_is_the_sites_error_page() {
        Api.RawReply reply = Api.rawGet("/en/%2e%2e%2f");

        assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("lang=\"en\"").contains("CardVault").contains("Something went wrong");
        assertNoLeak(reply.body().replace("<html", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/?q=%zz", "/en/search?q=%zz", "/en/cards/4?page=%"})
    void refused_queries_on_english_pages_are_a_page_in_english(String target) {
        Api.RawReply reply = Api.rawGet(target);

        assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("lang=\"en\"").contains("CardVault").contains("Bad request");
        assertNoLeak(reply.body().replace("<html", ""));
    }

    @Test
    void a_refused_dutch_page_speaks_dutch() {
        Api.RawReply reply = Api.rawGet("/nl/zoeken?q=%zz");

        assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("lang=\"nl\"").contains("Ongeldig verzoek");
        assertNoLeak(reply.body().replace("<html", ""));
    }

    // --- headers, framing, WebSocket upgrades and form postbacks ----------------------------------

    private static final RawHttp RAW = new RawHttp(Api.baseUrl(), 15_000);
    private static final String WS_KEY = "dGhlIHNhbXBsZSBub25jZQ==";

    private static String[] header(String name, String value) {
        return new String[] {name, value};
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*;q=zz", "application/json;q=2", "json"})
    void an_accept_header_that_cannot_be_parsed_is_treated_as_absent(String accept) {
        RawHttp.Answer answer = RAW.send("GET", "/api/search?q=pika", List.<String[]>of(header("Accept", accept)), null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
    }

    /**
     * Liberty's HTTP channel reads a {@code Content-Length} that is no number as no body at all, before
     * the application sees the header: the route then finds its body missing, a 422 like any empty body.
     */
    @Test
    void a_content_length_that_is_no_number_is_a_4xx_in_the_detail_shape() {
        RawHttp.Answer answer = RAW.send("POST", "/auth/login",
                List.<String[]>of(header("Content-Type", "application/json"), header("Content-Length", "abc")), bytes("{}"));

        assertDetailShape(answer.status(), answer.header("Content-Type"), answer.body());
    }

    @Test
    void a_chunk_size_that_is_not_hexadecimal_is_400_without_class_names() {
        RawHttp.Answer answer = RAW.send("POST", "/auth/login",
                List.<String[]>of(header("Content-Type", "application/json"), header("Transfer-Encoding", "chunked")),
                bytes("zz\r\n{}\r\n0\r\n\r\n"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertNoLeak(answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/stream", "/ws/v1"})
    void a_websocket_handshake_with_a_broken_key_is_400_with_detail(String path) {
        RawHttp.Answer answer = RAW.send("GET", path, List.<String[]>of(header("Upgrade", "websocket"), header("Connection", "Upgrade"),
                header("Sec-WebSocket-Version", "13"), header("Sec-WebSocket-Key", "%%%")), null);

        assertThat(answer.status()).isEqualTo(400);
        assertDetailShape(answer.status(), answer.header("Content-Type"), answer.body());
    }

    @Test
    void a_websocket_handshake_of_another_version_is_426_naming_13() {
        RawHttp.Answer answer = RAW.send("GET", "/ws/v1", List.<String[]>of(header("Upgrade", "websocket"), header("Connection", "Upgrade"),
                header("Sec-WebSocket-Version", "99"), header("Sec-WebSocket-Key", WS_KEY)), null);

        assertThat(answer.status()).isEqualTo(426);
        assertThat(answer.header("Sec-WebSocket-Version")).isEqualTo("13");
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(Json.createReader(new StringReader(answer.body())).readObject().getString("detail")).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/stream", "/ws/v1"})
    void a_post_to_a_websocket_path_is_405_with_detail_and_allow(String path) {
        RawHttp.Answer answer = RAW.send("POST", path, List.<String[]>of(header("Content-Type", "application/json")), bytes("{}"));

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("GET");
        assertDetailShape(answer.status(), answer.header("Content-Type"), answer.body());
    }

    /**
     * The one stateful form (the keys page) as a signed-in browser first gets it: its view state, the
     * session that holds it, and the account's cookie. The other forms are transient views.
     */
    private record Form(String page, String viewState, String sessionCookie, String accountCookie) {

        String cookies() {
            return accountCookie + "; " + sessionCookie;
        }
    }

    private static Form keysForm(String language) {
        String account = Api.registerSession("vs");
        String page = "/" + language + "/account/keys";
        RawHttp.Answer reply = RAW.send("GET", page, List.<String[]>of(header("Cookie", account)), new byte[0]);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var matcher = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(reply.body());
        assertThat(matcher.find()).as("view state in " + page).isTrue();
        var sessionCookie = java.util.regex.Pattern.compile("JSESSIONID=[^;,\\s]+").matcher(String.valueOf(reply.header("Set-Cookie")));
        assertThat(sessionCookie.find()).as("JSESSIONID set by " + page).isTrue();
        String session = sessionCookie.group();
        return new Form(page, matcher.group(1), session, account);
    }

    private static RawHttp.Answer postForm(String page, String body, String cookie, boolean ajax) {
        List<String[]> headers = new java.util.ArrayList<>(List.<String[]>of(header("Content-Type", "application/x-www-form-urlencoded")));
        if (cookie != null) {
            headers.add(header("Cookie", cookie));
        }
        if (ajax) {
            headers.add(header("Faces-Request", "partial/ajax"));
        }
        return RAW.send("POST", page, headers, bytes(body));
    }

    /**
     * A state token that names no state this session holds cannot be told from one whose state
     * expired (the server keeps the state; the token is only its key): back to the same page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"jakarta.faces.ViewState=garbage", "jakarta.faces.ViewState=rO0ABXNyABFqYXZhLnV0aWw"})
    void a_view_state_naming_no_state_goes_back_to_the_same_page(String body) {
        Form form = keysForm("en");

        RawHttp.Answer answer = postForm(form.page(), "keys=keys&" + body, form.cookies(), false);

        assertThat(answer.status()).as(answer.body()).isIn(302, 303);
        assertThat(answer.header("Location")).endsWith(form.page());
    }

    @Test
    void a_view_state_that_cannot_be_decoded_is_the_sites_400_page() {
        Form form = keysForm("en");

        RawHttp.Answer answer = postForm(form.page(), "keys=keys&jakarta.faces.ViewState=-1%3A-1&x=1", form.cookies(), false);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("lang=\"en\"").contains("Something went wrong");
        assertNoLeak(answer.body().replace("<html", ""));
    }

    @Test
    void a_view_state_that_cannot_be_decoded_on_a_dutch_page_is_the_dutch_400_page() {
        Form form = keysForm("nl");

        RawHttp.Answer answer = postForm(form.page(), "keys=keys&jakarta.faces.ViewState=-1%3A-1&x=1", form.cookies(), false);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("lang=\"nl\"").contains("Er ging iets mis");
        assertNoLeak(answer.body().replace("<html", ""));
    }

    @Test
    void a_view_state_that_cannot_be_decoded_in_an_ajax_post_is_a_400_partial_response_naming_no_class() {
        Form form = keysForm("en");

        RawHttp.Answer answer = postForm(form.page(), "jakarta.faces.partial.ajax=true&jakarta.faces.source=keys%3Acreate"
                + "&jakarta.faces.partial.execute=%40all&jakarta.faces.ViewState=-1%3A-1", form.cookies(), true);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("<partial-response>").contains("<error-name>BadRequest</error-name>");
        assertNoLeak(answer.body());
    }

    @Test
    void an_expired_view_goes_back_to_the_same_page() {
        // the state was issued to a session this request does not carry: as after a timeout
        Form form = keysForm("en");
        String body = "keys=keys&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(form.viewState(), StandardCharsets.UTF_8);

        RawHttp.Answer plain = postForm(form.page(), body, form.accountCookie(), false);
        assertThat(plain.status()).as(plain.body()).isIn(302, 303);
        assertThat(plain.header("Location")).endsWith(form.page());

        RawHttp.Answer ajax = postForm(form.page(), "jakarta.faces.partial.ajax=true&" + body, form.accountCookie(), true);
        assertThat(ajax.status()).as(ajax.body()).isEqualTo(200);
        assertThat(ajax.body()).contains("<redirect url=\"" + form.page() + "\"");
        assertNoLeak(ajax.body());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // --- request bodies ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/auth/register", "/auth/login", "/api/cards/recognize/confirm"})
    void malformed_json_is_400_with_detail(String path) {
        Api.Reply reply = Api.call("POST", path, "{");

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertDetailShape(reply.status(), reply.header("Content-Type"), reply.body());
        assertThat(reply.json().asJsonObject().getString("detail")).isEqualTo("Request body is not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/auth/register", "/auth/login", "/api/cards/recognize/confirm"})
    void json_of_the_wrong_top_level_shape_is_422_for_the_body(String path) {
        JsonObject error = firstFieldError(Api.call("POST", path, "[]"));

        assertThat(error.getJsonArray("loc")).isEqualTo(loc("body"));
        assertThat(error.getString("type")).isEqualTo("type_error.dict");
    }

    @Test
    void a_field_of_the_wrong_type_is_422_naming_the_field() {
        JsonObject error = firstFieldError(Api.call("POST", "/auth/login", "{\"username\":\"x\",\"password\":[\"x\"]}"));

        assertThat(error.getJsonArray("loc")).isEqualTo(loc("body", "password"));
        assertThat(error.getString("msg")).isEqualTo("str type expected");
        assertThat(error.getString("type")).isEqualTo("type_error.str");
    }

    @Test
    void a_number_for_the_scan_id_is_422_naming_it() {
        JsonObject error = firstFieldError(Api.call("POST", "/api/cards/recognize/confirm", "{\"scan_id\":1,\"card_id\":1}"));

        assertThat(error.getJsonArray("loc")).isEqualTo(loc("body", "scan_id"));
        assertThat(error.getString("type")).isEqualTo("type_error.str");
    }

    @Test
    void api_key_bodies_are_guarded_too() {
        String cookie = Api.registerSession("shape");

        Api.Reply malformed = Api.call("POST", "/api/keys", "{", "Cookie", cookie);
        Api.Reply mistyped = Api.call("POST", "/api/keys", "{\"name\":{\"a\":1}}", "Cookie", cookie);
        Api.Reply farFuture = Api.call("POST", "/api/keys", "{\"name\":\"x\",\"expires_at\":\"+999999999-12-31T23:59:59Z\"}",
                "Cookie", cookie);

        assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
        assertDetailShape(malformed.status(), malformed.header("Content-Type"), malformed.body());
        assertThat(firstFieldError(mistyped).getJsonArray("loc")).isEqualTo(loc("body", "name"));
        assertThat(firstFieldError(farFuture).getJsonArray("loc")).isEqualTo(loc("body", "expires_at"));
    }

    @Test
    void a_json_body_over_one_megabyte_is_413() {
        StringBuilder array = new StringBuilder(5 * 1024 * 1024 + 16).append('[');
        while (array.length() < 5 * 1024 * 1024) {
            array.append("1,");
        }
        array.append("1]");

        Api.Reply reply = Api.call("POST", "/auth/login", array.toString());

        assertThat(reply.status()).as(reply.body()).isEqualTo(413);
        assertDetailShape(reply.status(), reply.header("Content-Type"), reply.body());
    }

    @Test
    void deep_nesting_is_400_and_the_server_lives_on() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String deepObject = "{\"username\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_001);

        Api.Reply array = Api.call("POST", "/auth/register", deep);
        Api.Reply object = Api.call("POST", "/auth/login", deepObject);

        assertThat(array.status()).as(array.body()).isEqualTo(400);
        assertDetailShape(array.status(), array.header("Content-Type"), array.body());
        assertThat(object.status()).as(object.body()).isEqualTo(400);
        assertThat(Api.get("/health").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cards/recognize", "/api/cards/recognize/detect"})
    void a_multipart_body_with_a_broken_boundary_is_400(String path) {
        byte[] notTheDeclaredBoundary = ("--other\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\nxxxx").getBytes(StandardCharsets.UTF_8);

        Api.Reply broken = Api.postBytes(path, "multipart/form-data; boundary=declared", notTheDeclaredBoundary);
        Api.Reply missing = Api.postBytes(path, "multipart/form-data", notTheDeclaredBoundary);

        assertDetailShape(broken.status(), broken.header("Content-Type"), broken.body());
        assertDetailShape(missing.status(), missing.header("Content-Type"), missing.body());
    }

    // --- parameters of the right type but out of every route's range -------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/cards/134/prices/range?end_date=-999999999-01-01",
            "/api/cards/134/prices/range?start_date=+999999999-12-31",
            "/api/cards/134/prices/range?end_date=0000-01-01",
            "/api/cards/recent?since=9999999-01-01",
            "/sandbox/tcgcsv/tcgplayer/3/604/prices?date=-999999999-01-01",
            "/sandbox/tcgcsv/archive/tcgplayer/prices-+999999999-01-01.zip"})
    void dates_far_out_of_range_are_422(String path) {
        Api.Reply reply = Api.get(path.replace("+", "%2B"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertDetailShape(reply.status(), reply.header("Content-Type"), reply.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Infinity", "-Infinity", "1e309", "NaN", "0x10", "1d"})
    void floats_that_are_no_finite_number_are_422(String value) {
        JsonObject error = firstFieldError(Api.get("/api/market/spreads?min_spread_pct=" + value));

        assertThat(error.getJsonArray("loc")).isEqualTo(loc("query", "min_spread_pct"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/search?q=pika&min_price=1e999999999",
            "/api/search?q=pika&max_price=1e-999999999",
            "/api/search?q=pika&max_price=NaN",
            "/api/search?q=pika&offset=-1",
            "/api/search?q=pika&limit=99999999999",
            "/api/search?q=pika&limit=-5",
            "/api/search?q=pika&set_id=99999999999999999999",
            "/api/v2/games/pokemon?size=1000000",
            "/api/v2/games/pokemon?page=0"})
    void numbers_out_of_range_are_422(String path) {
        Api.Reply reply = Api.get(path);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertDetailShape(reply.status(), reply.header("Content-Type"), reply.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v2/games/pokemon?page=2147483647&size=250", "/pokemon/sets?offset=9223372036854775807",
            "/api/cards/134/performance?period=7D", "/api/cards/134/performance?period=%C4%B0"})
    void extreme_but_valid_or_oddly_cased_values_never_fail_the_server(String path) {
        Api.Reply reply = Api.get(path);

        assertThat(reply.status()).as(reply.body()).isLessThan(500);
        assertNoLeak(reply.body());
    }
}
