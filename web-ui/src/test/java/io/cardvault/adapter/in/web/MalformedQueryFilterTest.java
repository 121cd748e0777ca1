package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MalformedQueryFilterTest {

    @Test
    void a_percent_without_two_hex_digits_is_a_broken_escape() {
        assertThat(MalformedQueryFilter.hasBrokenEscape("q=%zz")).isTrue();
        assertThat(MalformedQueryFilter.hasBrokenEscape("x=%")).isTrue();
        assertThat(MalformedQueryFilter.hasBrokenEscape("x=%4")).isTrue();
        assertThat(MalformedQueryFilter.hasBrokenEscape("a=%41&b=%g1")).isTrue();
    }

    @Test
    void well_formed_or_absent_queries_pass() {
        assertThat(MalformedQueryFilter.hasBrokenEscape(null)).isFalse();
        assertThat(MalformedQueryFilter.hasBrokenEscape("")).isFalse();
        assertThat(MalformedQueryFilter.hasBrokenEscape("q=pikachu&limit=5")).isFalse();
        assertThat(MalformedQueryFilter.hasBrokenEscape("q=%C3%A9t%c3%a9%2B")).isFalse();
    }
}
