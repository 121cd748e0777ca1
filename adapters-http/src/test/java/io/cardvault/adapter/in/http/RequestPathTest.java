package io.cardvault.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.in.http.RequestPath.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @ParameterizedTest
    @CsvSource({
        "/api/v2/cards/4, API", "/api, API", "/api/, API", "/API/search, API", "/Api/v2/cards/4/, API",
        "/api/auth/login, API_SIGN_IN", "/API/Auth/register, API_SIGN_IN",
        "/auth/login, SIGN_IN", "/Auth/login, SIGN_IN", "/AUTH/register/, SIGN_IN", "/auth, SIGN_IN",
        "/en, PAGE", "/en/, PAGE", "/nl/cards/4, PAGE", "/EN/search, PAGE", "/en/signin.xhtml, PAGE",
        "/api/v1/stream, STREAM", "/ws/v1, STREAM",
        "/API/v1/stream, API", "/api/v1/stream/, API", "/ws/v1/, OTHER",
        "/en/jakarta.faces.resource/site.css, OTHER", "/health, OTHER", "/, OTHER", "/cards/4, OTHER",
        "/apis, OTHER", "/authx/login, OTHER", "/english, OTHER", "/sandbox/tcgcsv/x, OTHER"
    })
    void routes_are_classified_case_insensitively_and_whatever_their_trailing_slash(String path, Kind kind) {
        RequestPath judged = RequestPath.of(path);

        assertThat(judged.kind()).isEqualTo(kind);
        assertThat(judged.malformed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/auth;x=1/login", "/auth;/register", "/api;x/search", "/api/v2/cards/4;jsessionid=1", "/en;x/",
        "//api/search", "/api//search", "/auth/login//",
        "/api%2Fsearch", "/api%2fsearch", "/auth%2flogin", "/api/%2e%2e/auth/login", "/api/%2E/search", "/auth%3blogin",
        "/api%5Csearch", "/api/%00", "/api/./search", "/api/../auth/login", "/api/search/.", "/api/search/..",
        "/api\\search", "/api/%zz", "/api/%", "/api/%4", "/api/%C3%28", "/api/%FF"
    })
    void spellings_that_could_hide_a_route_are_refused(String path) {
        RequestPath judged = RequestPath.of(path);

        assertThat(judged.malformed()).isTrue();
        assertThat(judged.problem()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search", "/api/sets/Base%20Set", "/api/cards/Pok%C3%A9mon", "/en/search", "/", "/api/v2/cards/4.json",
        "/api/..x", "/api/.well-known"})
    void ordinary_paths_and_escapes_are_accepted(String path) {
        assertThat(RequestPath.of(path).problem()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"/nl/cards/4, nl", "/en, en", "/NL/, nl", "/api/search, en"})
    void a_page_knows_its_language(String path, String language) {
        assertThat(RequestPath.of(path).language()).isEqualTo(language);
    }
}
