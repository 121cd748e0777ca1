package io.cardvault.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PokeTraceErrorBodyTest {

    @Test
    void error_and_message_alone_when_nothing_else_applies() {
        assertThat(PokeTraceErrorBody.of("Card not found", "No card exists with this ID"))
                .isEqualTo("{\"error\":\"Card not found\",\"message\":\"No card exists with this ID\"}");
    }

    @Test
    void code_and_retry_after_follow_when_given() {
        assertThat(PokeTraceErrorBody.of("Pro plan required", "Graded card prices require a Pro plan.", "UPGRADE_REQUIRED", 30L))
                .isEqualTo("{\"error\":\"Pro plan required\",\"message\":\"Graded card prices require a Pro plan.\","
                        + "\"code\":\"UPGRADE_REQUIRED\",\"retryAfter\":30}");
    }

    @Test
    void texts_are_json_strings_whatever_they_hold() {
        assertThat(PokeTraceErrorBody.of("Bad request", "a \"quoted\" \\ path\n"))
                .isEqualTo("{\"error\":\"Bad request\",\"message\":\"a \\\"quoted\\\" \\\\ path\\n\"}");
    }
}
