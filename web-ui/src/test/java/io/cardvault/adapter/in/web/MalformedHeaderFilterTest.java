package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MalformedHeaderFilterTest {

    @Test
    void accept_headers_browsers_and_clients_send_are_parseable() {
        assertThat(MalformedHeaderFilter.isParseableAccept("application/json")).isTrue();
        assertThat(MalformedHeaderFilter.isParseableAccept("*/*")).isTrue();
        assertThat(MalformedHeaderFilter.isParseableAccept(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8")).isTrue();
        assertThat(MalformedHeaderFilter.isParseableAccept("application/json; charset=\"utf-8, or not\"; q=1.000")).isTrue();
        assertThat(MalformedHeaderFilter.isParseableAccept("text/csv;q=0, ,application/json;Q=1")).isTrue();
        assertThat(MalformedHeaderFilter.isParseableAccept("")).isTrue();
    }

    @Test
    void a_weight_that_is_no_qvalue_makes_the_accept_unparseable() {
        assertThat(MalformedHeaderFilter.isParseableAccept("*/*;q=zz")).isFalse();
        assertThat(MalformedHeaderFilter.isParseableAccept("application/json;q=1.5")).isFalse();
        assertThat(MalformedHeaderFilter.isParseableAccept("application/json;q=0.1234")).isFalse();
        assertThat(MalformedHeaderFilter.isParseableAccept("application/json;q=-1")).isFalse();
        assertThat(MalformedHeaderFilter.isParseableAccept("application/json;q=NaN")).isFalse();
    }

    @Test
    void a_range_that_is_no_type_and_subtype_makes_the_accept_unparseable() {
        assertThat(MalformedHeaderFilter.isParseableAccept("json")).isFalse();
        assertThat(MalformedHeaderFilter.isParseableAccept("application/")).isFalse();
        assertThat(MalformedHeaderFilter.isParseableAccept("a/b/c")).isFalse();
        assertThat(MalformedHeaderFilter.isParseableAccept("application/json;charset")).isFalse();
        assertThat(MalformedHeaderFilter.isParseableAccept("application/json;x=\"open")).isFalse();
        assertThat(MalformedHeaderFilter.isParseableAccept("text/{html}")).isFalse();
    }

}
