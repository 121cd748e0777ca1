package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answers sent from the held bytes below JAX-RS (set pages, search, card detail) are the answers
 * JAX-RS sends: the same body to the byte and the same headers, for the first (rendered) and the
 * later (held) requests, and for two spellings of one search rendered independently.
 */
class CachedReadsIT {

    private static final List<String> HEADERS = List.of("Content-Type", "Cache-Control", "Vary");

    @BeforeAll
    static void catalogueImported() {
        assertThat(Catalogue.awaitImported().getJsonNumber("cards").longValue()).isGreaterThanOrEqualTo(Catalogue.IMPORTED_CARDS);
    }

    private static void sameAnswer(Api.Reply expected, Api.Reply actual, String what) {
        assertThat(actual.status()).as(what).isEqualTo(200);
        assertThat(actual.body()).as(what).isEqualTo(expected.body());
        for (String header : HEADERS) {
            assertThat(actual.header(header)).as(what + " " + header).isEqualTo(expected.header(header));
        }
    }

    @Test
    void a_held_set_page_is_the_page_jax_rs_rendered() {
        long setId = DataApiV2IT.baseSetId();
        String path = "/api/v2/sets/" + setId + "?page=1&size=100";

        Api.Reply rendered = Api.get(path);
        assertThat(rendered.status()).isEqualTo(200);
        assertThat(rendered.body()).contains("\"cards_total\":");
        assertThat(rendered.header("Cache-Control")).isEqualTo("public, max-age=300");
        sameAnswer(rendered, Api.get(path), "held");
        sameAnswer(rendered, Api.get("/api/v2/sets/" + setId + "?size=100&page=1"), "same page, other spelling");
        sameAnswer(rendered, Api.get("/api/v2/sets/" + setId + "?size=100&page=1&unknown=1"), "through JAX-RS");

        Api.Reply other = Api.get("/api/v2/sets/" + setId + "?page=1&size=3");
        assertThat(other.body()).isNotEqualTo(rendered.body()).contains("\"size\":3");
        assertThat(Api.get("/api/v2/sets/" + setId + "?size=251").status()).as("still validated").isEqualTo(422);
        assertThat(Api.get("/api/v2/sets/999999999?size=100").status()).isEqualTo(404);
        assertThat(Api.get("/api/v2/sets/999999999?size=100").status()).as("a miss is never held").isEqualTo(404);
    }

    @Test
    void a_held_search_is_the_search_jax_rs_rendered_and_two_spellings_render_the_same_bytes() {
        Api.Reply rendered = Api.get("/api/search?q=charizard&limit=7");
        assertThat(rendered.status()).isEqualTo(200);
        assertThat(rendered.body()).containsIgnoringCase("charizard");

        sameAnswer(rendered, Api.get("/api/search?q=charizard&limit=7"), "held");
        sameAnswer(rendered, Api.get("/api/search?limit=7&q=charizard"), "rendered on its own");
        sameAnswer(rendered, Api.get("/api/search?limit=7&q=charizard"), "held, other spelling");
        assertThat(Api.get("/api/search?q=").status()).as("still validated").isEqualTo(422);
        assertThat(Api.get("/api/search?q=charizard&limit=0").status()).isEqualTo(422);
    }

    @Test
    void a_held_card_detail_is_the_detail_jax_rs_rendered() {
        String path = "/api/v2/cards/" + DataApiV2IT.charizardId();

        Api.Reply first = Api.get(path);
        sameAnswer(first, Api.get(path), "held");
        sameAnswer(first, Api.get(path + "?unknown=1"), "with a query");
    }
}
