package io.cardvault.adapter.in.rest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SetPageFastPathTest {

    private static SetPageCache.Page page(long setId, int page, int size) {
        return new SetPageCache.Page(setId, page, size);
    }

    @Test
    void reads_the_plain_forms_of_the_set_route_with_its_defaults() {
        assertThat(SetPageFastPath.page("/api/v2/sets/1043", null)).contains(page(1043, 1, 60));
        assertThat(SetPageFastPath.page("/api/v2/sets/1043", "")).contains(page(1043, 1, 60));
        assertThat(SetPageFastPath.page("/api/v2/sets/1043", "page=1&size=100")).contains(page(1043, 1, 100));
        assertThat(SetPageFastPath.page("/api/v2/sets/1043", "size=250&page=3")).contains(page(1043, 3, 250));
        assertThat(SetPageFastPath.page("/api/v2/sets/1043", "size=5")).contains(page(1043, 1, 5));
        assertThat(SetPageFastPath.page("/api/v2/sets/0043", "page=02")).contains(page(43, 2, 60));
    }

    @Test
    void leaves_every_other_path_and_query_to_jax_rs() {
        assertThat(SetPageFastPath.page("/api/v2/sets", null)).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/", null)).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/abc", null)).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/1/", null)).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/-1", null)).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/9999999999999999999", null)).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/setsx/1", null)).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/1", "size=0")).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/1", "size=251")).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/1", "page=0")).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/1", "page=")).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/1", "page=-1")).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/1", "page=1&page=2")).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/1", "size=%31%30")).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/1", "page=1&lang=fr")).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/1", "page=1&")).isEmpty();
        assertThat(SetPageFastPath.page("/api/v2/sets/1", "page=9999999999")).isEmpty();
    }
}
