package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.it.FuzzCases.Case;
import io.cardvault.it.FuzzCases.Family;
import io.cardvault.it.FuzzCases.Persona;
import io.cardvault.it.FuzzOperations.Kind;
import io.cardvault.it.FuzzOperations.Operation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FuzzIT's judge, without a server: what counts as a failure, and which answers share one cause. */
class FuzzOracleTest {

    private static final String LIBERTY_400 = "<!DOCTYPE html><html><head><title>Error</title></head><body>"
            + "<h1>Error 400: java.io.IOException: CWWWC0005I: The request URI has invalid characters: [/api/cards/%2e%2e/sales]"
            + "</h1></body></html>";

    private static Case request(String method, String target, Kind kind) {
        return new Case(new Operation(method, target, kind, List.of(), Map.of()), new Persona("anonymous", List.of()),
                Family.BASELINE, method, target, List.of(), null);
    }

    private static RawHttp.Answer answer(int status, String contentType, String body) {
        return new RawHttp.Answer(status, Map.of("content-type", contentType), body, null);
    }

    @Test
    void a_5xx_is_a_failure_but_the_sandboxs_dead_upstream_answering_503_is_not() {
        assertThat(FuzzIT.problems(request("GET", "/api/v2/stats?%zz=1", Kind.API),
                answer(500, "application/json", "{\"detail\":\"Internal Server Error\"}"))).containsExactly("5xx");
        assertThat(FuzzIT.problems(request("GET", "/sandbox/down/x", Kind.API),
                answer(503, "application/json", "{\"detail\":\"down\"}"))).isEmpty();
    }

    @Test
    void only_the_containers_own_refusal_of_an_undecodable_uri_may_skip_the_json_shape() {
        String refusal = "<h1>CWWWC0005I: The request URI has invalid or improperly encoded characters: [/api/cards/1%00]</h1>";
        assertThat(FuzzIT.problems(request("GET", "/api/cards/1%00", Kind.API), answer(400, "text/html", refusal))).isEmpty();
        assertThat(FuzzIT.problems(request("GET", "/api/cards/1%00", Kind.API), answer(500, "text/html", refusal)))
                .contains("5xx", "error body is not {\"detail\": …} JSON");
    }

    @Test
    void an_api_error_must_be_detail_json_while_a_web_page_may_answer_in_html() {
        assertThat(FuzzIT.problems(request("GET", "/api/cards/%2e%2e/sales", Kind.API), answer(400, "text/html", LIBERTY_400)))
                .contains("error body is not {\"detail\": …} JSON");
        assertThat(FuzzIT.problems(request("GET", "/en/cards/%2e%2e", Kind.WEB_PAGE), answer(404, "text/html", "<p>no</p>")))
                .isEmpty();
        assertThat(FuzzIT.problems(request("GET", "/api/v2/cards/x", Kind.API),
                answer(422, "application/json", "{\"detail\":[{\"loc\":[\"path\",\"card_id\"]}]}"))).isEmpty();
        assertThat(FuzzIT.problems(request("GET", "/api/v2/cards/x", Kind.API),
                answer(404, "application/json", "{\"error\":\"nope\"}"))).hasSize(1);
    }

    @Test
    void a_v1_error_must_be_poketraces_error_json_not_the_platforms() {
        assertThat(FuzzIT.problems(request("GET", "/v1/cards?limit=0", Kind.API),
                answer(400, "application/json", "{\"error\":\"Invalid limit parameter\",\"message\":\"Limit must be between 1 and 100\"}")))
                .isEmpty();
        assertThat(FuzzIT.problems(request("GET", "/V1/cards", Kind.API), answer(401, "application/json", "{\"detail\":\"no\"}")))
                .containsExactly("error body is not PokeTrace's {\"error\", \"message\"} JSON");
        assertThat(FuzzIT.problems(request("GET", "/ws", Kind.WEBSOCKET),
                answer(403, "application/json", "{\"error\":\"Scale plan required\",\"message\":\"m\",\"code\":\"UPGRADE_REQUIRED\"}")))
                .isEmpty();
    }

    @Test
    void a_stack_trace_or_a_java_type_in_any_body_is_a_failure() {
        String trace = "<pre>java.lang.IllegalArgumentException: Malformed escape pair\n\tat io.cardvault.X.y(X.java:12)</pre>";
        assertThat(FuzzIT.problems(request("GET", "/en", Kind.WEB_PAGE), answer(200, "text/html", trace)))
                .contains("stack trace in body").anyMatch(cause -> cause.startsWith("body names Java internals"));
        assertThat(FuzzIT.problems(request("GET", "/en", Kind.WEB_PAGE),
                answer(200, "text/html", "<input name=\"jakarta.faces.ViewState\" value=\"x\"/>"))).isEmpty();
    }

    @Test
    void answers_that_differ_only_in_echoed_input_and_numbers_share_one_gist() {
        String other = LIBERTY_400.replace("/api/cards/%2e%2e/sales", "/pokemon/sets/1%2f");
        assertThat(FuzzIT.gist(other)).isEqualTo(FuzzIT.gist(LIBERTY_400))
                .startsWith("Error N: java.io.IOException: CWWWCNI: The request URI has invalid characters: […]");
        assertThat(FuzzIT.gist("{\"detail\":\"Internal Server Error (incident 2a9b9491-0125-40b3-b1cf-75e6a78045c0)\"}"))
                .isEqualTo(FuzzIT.gist("{\"detail\":\"Internal Server Error (incident 72d0fde4-b892-43c5-af1e-ffc5c1432c28)\"}"));
        assertThat(FuzzIT.gist("")).isEqualTo("(empty body)");
    }

    @Test
    void api_paths_are_everything_but_the_web_routes() {
        assertThat(FuzzIT.api("/api/v2/stats")).isTrue();
        assertThat(FuzzIT.api("/sandbox/store")).isTrue();
        assertThat(FuzzIT.api("//en/cards/1")).isTrue();
        assertThat(FuzzIT.api("/en/cards/1")).isFalse();
        assertThat(FuzzIT.api("/nl")).isFalse();
        assertThat(FuzzIT.api("/cards/12")).isFalse();
        assertThat(FuzzIT.api("/openapi/ui/")).isFalse();
        assertThat(FuzzIT.api("/listings/renew/abc")).isFalse();
    }

    @Test
    void the_pages_are_the_sites_own_routes_so_a_new_page_needs_no_edit_here() {
        // the trust-code pages came after the fuzz test's own list, which never named them
        assertThat(FuzzIT.api("/verify")).isFalse();
        assertThat(FuzzIT.api("/verify/K7MP3X")).isFalse();
        assertThat(FuzzIT.api("/en/verify/photo")).isFalse();
        // unprefixed paths that belong to the API stay the API's
        assertThat(FuzzIT.api("/collection")).isTrue();
        assertThat(FuzzIT.api("/listings/renew")).isTrue();
    }
}
