package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.SQLNonTransientConnectionException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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

    @Test
    void a_filter_that_failed_on_an_unreachable_database_is_the_apis_503_with_retry_after() throws Exception {
        // as the admission meets a restarting database when it reads an API key
        Throwable failure = new IllegalStateException("cannot read API key",
                new SQLNonTransientConnectionException("Socket fail to connect", "08000"));
        Map<String, Object> answer = serve(failure);

        assertThat(answer).containsEntry("status", 503).containsEntry("Retry-After", 30);
        assertThat(answer.get("body")).isEqualTo("{\"detail\":\"csm_data_unavailable\"}");
    }

    @Test
    void any_other_server_fault_stays_a_500_with_its_incident() throws Exception {
        Map<String, Object> answer = serve(new IllegalStateException("bug"));

        assertThat(answer).containsEntry("status", 500).doesNotContainKey("Retry-After");
        assertThat((String) answer.get("body")).startsWith("{\"detail\":\"Internal Server Error (incident ");
    }

    /** The servlet's answer to an API request that failed with {@code failure}: status, headers and body. */
    private static Map<String, Object> serve(Throwable failure) throws Exception {
        Map<String, Object> attributes = Map.of(RequestDispatcher.ERROR_STATUS_CODE, 500, RequestDispatcher.ERROR_EXCEPTION, failure,
                RequestDispatcher.ERROR_REQUEST_URI, "/api/v2/stats");
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(ErrorPageServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) arguments[0]);
                    case "getContextPath" -> "";
                    case "getRequestURI" -> "/error";
                    default -> null;
                });
        Map<String, Object> answer = new HashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(ErrorPageServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "setStatus" -> answer.put("status", arguments[0]);
                    case "setIntHeader" -> answer.put((String) arguments[0], arguments[1]);
                    case "getOutputStream" -> out;
                    case "isCommitted" -> false;
                    default -> null;
                });
        new ErrorPageServlet().service(request, response);
        answer.put("body", body.toString(StandardCharsets.UTF_8));
        return answer;
    }
}
