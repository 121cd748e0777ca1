package io.cardvault.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringTest {

    @ParameterizedTest
    @ValueSource(strings = {"q=%zz", "x=%", "x=%4", "q=ok&y=%G1", "q=%C3%28", "q=%FF", "q=caf\u00e9"})
    void malformed_escapes_and_bytes_that_are_not_utf8_are_refused(String query) {
        assertThat(QueryString.problem(query)).isEqualTo(QueryString.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "q=charizard", "q=Pok%C3%A9mon+card&page=2", "a=%25&b=%2F", "flag", "q="})
    void well_formed_queries_pass(String query) {
        assertThat(QueryString.problem(query)).isNull();
    }

    @Test
    void no_query_passes() {
        assertThat(QueryString.problem(null)).isNull();
    }

    @Test
    void the_first_parameter_of_a_name_is_decoded() {
        assertThat(QueryString.first("q=x&api_key=csm_a%2Bb+c&api_key=second", "api_key")).isEqualTo("csm_a+b c");
        assertThat(QueryString.first("api_key=", "api_key")).isEmpty();
        assertThat(QueryString.first("api_key", "api_key")).isEmpty();
        assertThat(QueryString.first("xapi_key=1&api_keys=2", "api_key")).isNull();
        assertThat(QueryString.first(null, "api_key")).isNull();
    }
}
