package io.cardvault.adapter.in.rest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.price.CardPriceChange;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SearchAnswerCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger renders = new AtomicInteger();
    private final SearchAnswerCache cache = new SearchAnswerCache(1 << 20, nanos::get);

    private byte[] render() {
        return ("{\"items\":[],\"render\":" + renders.incrementAndGet() + "}").getBytes(StandardCharsets.UTF_8);
    }

    private String read(String query) {
        return new String(cache.answer(query, this::render), StandardCharsets.UTF_8);
    }

    @Test
    void renders_a_query_once_and_serves_the_same_bytes_while_held() {
        byte[] first = cache.answer("q=char&limit=20", this::render);

        assertThat(cache.answer("q=char&limit=20", this::render)).isSameAs(first);
        assertThat(cache.held("q=char&limit=20")).isSameAs(first);
        assertThat(cache.held("limit=20&q=char")).as("another query string is another entry").isNull();
        assertThat(renders).hasValue(1);
    }

    @Test
    void an_answer_is_rendered_again_after_its_time_to_live() {
        assertThat(read("q=char")).contains("\"render\":1");
        nanos.addAndGet(SearchAnswerCache.TIME_TO_LIVE.toNanos() + 1);

        assertThat(cache.held("q=char")).isNull();
        assertThat(read("q=char")).contains("\"render\":2");
    }

    @Test
    void a_committed_price_change_drops_every_answer() {
        read("q=char");
        read("q=pika");

        cache.onHeadlinePricesChanged(new HeadlinePricesChanged(List.of(new CardPriceChange(new CardId(134), new CardSetId(1),
                "pokemon", PriceSource.CARDMARKET, "holofoil", Money.of("410.00", "EUR")))));

        assertThat(cache.size()).isZero();
        assertThat(read("q=char")).contains("\"render\":3");
    }

    @Test
    void a_failed_search_is_not_held() {
        assertThatThrownBy(() -> cache.answer("q=char", () -> {
            throw new IllegalStateException("index unavailable");
        })).hasMessage("index unavailable");

        assertThat(cache.held("q=char")).isNull();
    }

    @Test
    void holds_no_more_than_its_budget() {
        SearchAnswerCache small = new SearchAnswerCache(10_000, nanos::get);
        for (int i = 0; i < 200; i++) {
            small.answer("q=card" + i, this::render);
        }

        assertThat(small.size()).isBetween(1L, 10_000L / SearchAnswerCache.ENTRY_OVERHEAD_BYTES);
    }
}
