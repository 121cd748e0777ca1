package io.cardvault.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.RateLimitDecision;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RefusalTest {

    private static final RateLimitDecision OVER = new RateLimitDecision(false, 30, 0, 1_800_000_000L, 12);

    @Test
    void api_refusals_are_the_detail_shape() {
        Refusal refusal = Refusal.of(CallerAdmission.Admission.refusal(400, "Path parameters (';') are not accepted"),
                RequestPath.of("/api;x/search"));

        assertThat(refusal.contentType()).isEqualTo("application/json");
        assertThat(text(refusal)).isEqualTo("{\"detail\":\"Path parameters (';') are not accepted\"}");
    }

    @Test
    void a_detail_is_escaped_as_a_json_string() {
        assertThat(text(Refusal.json("a \"quoted\" \\ path\n"))).isEqualTo("{\"detail\":\"a \\\"quoted\\\" \\\\ path\\n\"}");
    }

    @Test
    void a_page_over_the_limit_is_told_in_its_language_when_to_come_back() {
        CallerAdmission.Admission limited = new CallerAdmission.Admission(null, null, OVER, 429,
                "Rate limit exceeded. Retry after 12 seconds.", null, null);

        Refusal dutch = Refusal.of(limited, RequestPath.of("/nl/cards/4"));
        Refusal english = Refusal.of(limited, RequestPath.of("/en/"));

        assertThat(dutch.contentType()).startsWith("text/html");
        assertThat(text(dutch)).contains("<html lang=\"nl\">", "Te veel verzoeken", "Wacht 12 seconden").doesNotContain("detail");
        assertThat(text(english)).contains("<html lang=\"en\">", "Too many requests", "wait 12 seconds");
    }

    @Test
    void a_malformed_page_address_is_a_page_too() {
        Refusal refusal = Refusal.of(CallerAdmission.Admission.refusal(400, QueryString.MALFORMED), RequestPath.of("/en/search"));

        assertThat(refusal.contentType()).startsWith("text/html");
        assertThat(text(refusal)).contains("Bad request");
    }

    @Test
    void a_poketrace_caller_over_the_limit_is_told_in_poketraces_shape_when_to_come_back() {
        CallerAdmission.Admission limited = new CallerAdmission.Admission(null, null, OVER, 429,
                "Daily request limit reached", null, null, null, "Rate limit exceeded", "RATE_LIMITED");

        Refusal refusal = Refusal.of(limited, RequestPath.of("/v1/cards"));

        assertThat(refusal.contentType()).isEqualTo("application/json");
        assertThat(text(refusal)).isEqualTo("{\"error\":\"Rate limit exceeded\",\"message\":\"Daily request limit reached\","
                + "\"code\":\"RATE_LIMITED\",\"retryAfter\":12}");
    }

    @Test
    void a_poketrace_path_refused_before_any_key_was_read_is_a_bad_request_without_code_or_wait() {
        Refusal refusal = Refusal.of(CallerAdmission.Admission.refusal(400, QueryString.MALFORMED), RequestPath.of("/v1/cards"));

        assertThat(text(refusal)).isEqualTo("{\"error\":\"Bad request\",\"message\":\"" + QueryString.MALFORMED + "\"}");
    }

    private static String text(Refusal refusal) {
        return new String(refusal.body(), StandardCharsets.UTF_8);
    }
}
