package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void links_keep_the_query_leave_out_empty_values_and_page_one() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", "charizard 4/102");
        query.put("game", "");
        Pager pager = new Pager(2, 61, 30, "/en/search", query);
        assertThat(pager.getPageCount()).isEqualTo(3);
        assertThat(pager.isHasPrevious()).isTrue();
        assertThat(pager.isHasNext()).isTrue();
        assertThat(pager.getPreviousHref()).isEqualTo("/en/search?q=charizard+4%2F102");
        assertThat(pager.getNextHref()).isEqualTo("/en/search?q=charizard+4%2F102&page=3");
    }

    @Test
    void a_page_past_the_end_is_the_last_one_and_a_single_page_needs_no_pager() {
        assertThat(new Pager(9, 61, 30, "/en/sets/1", Map.of()).getPage()).isEqualTo(3);
        assertThat(new Pager(1, 0, 30, "/en/sets/1", Map.of()).isNeeded()).isFalse();
    }

    @Test
    void a_page_is_clamped_between_the_first_and_the_last() {
        assertThat(Pager.clamp(999, 1060, 60)).isEqualTo(18);
        assertThat(Pager.clamp(0, 1060, 60)).isEqualTo(1);
        assertThat(Pager.clamp(18, 1060, 60)).isEqualTo(18);
        assertThat(Pager.clamp(5, 0, 60)).as("an empty list has one (empty) page").isEqualTo(1);
    }
}
