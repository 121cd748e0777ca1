package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ErrorPageServletTest {

    @Test
    void api_errors_are_worded_with_the_standard_phrase_as_the_api_mappers_word_them() {
        assertThat(ErrorPageServlet.detail(404, null)).isEqualTo("Not Found");
        assertThat(ErrorPageServlet.detail(405, null)).isEqualTo("Method Not Allowed");
        assertThat(ErrorPageServlet.detail(400, null)).isEqualTo("Bad Request");
    }

    @Test
    void a_server_fault_carries_its_incident_id_and_an_unknown_status_a_generic_phrase() {
        assertThat(ErrorPageServlet.detail(500, "abc")).isEqualTo("Internal Server Error (incident abc)");
        assertThat(ErrorPageServlet.detail(599, "abc")).isEqualTo("Internal Server Error (incident abc)");
        assertThat(ErrorPageServlet.detail(499, null)).isEqualTo("Bad Request");
    }

    @Test
    void the_failed_path_is_read_without_the_context_root() {
        assertThat(ErrorPageServlet.pathOf("/shop/nl/cards/4", "/shop")).isEqualTo("/nl/cards/4");
        assertThat(ErrorPageServlet.pathOf("/api/v2/games", "")).isEqualTo("/api/v2/games");
        assertThat(ErrorPageServlet.pathOf(null, "")).isEmpty();
    }

    @Test
    void the_general_error_page_speaks_both_languages() {
        ResourceBundle english = ResourceBundle.getBundle(WebContext.MESSAGES, Locale.ENGLISH);
        ResourceBundle dutch = ResourceBundle.getBundle(WebContext.MESSAGES, Locale.forLanguageTag("nl"));

        assertThat(english.getString("error.title")).isEqualTo("Something went wrong");
        assertThat(dutch.getString("error.title")).isEqualTo("Er ging iets mis");
        assertThat(dutch.getString("error.text.server")).isNotEqualTo(english.getString("error.text.server"));
    }
}
