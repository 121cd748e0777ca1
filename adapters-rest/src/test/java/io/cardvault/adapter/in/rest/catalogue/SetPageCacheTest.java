package io.cardvault.adapter.in.rest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.adapter.in.rest.JsonConfiguration;
import io.cardvault.application.port.in.catalogue.SetCards;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.price.CardPriceChange;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SetPageCacheTest {

    private static final long MEGABYTE = 1 << 20;

    private final AtomicInteger builds = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final Set<Long> missing = new HashSet<>();
    /** Work the cache hands its executor (rebuilds), run when a test says so. */
    private final Deque<Runnable> background = new ArrayDeque<>();

    private SetPageCache cache(long maximumBytes) {
        return new SetPageCache(page -> {
            if (missing.contains(page.setId())) {
                throw new IllegalStateException("Set not found");
            }
            builds.incrementAndGet();
            return V2Responses.SetResponse.from(setCards(page.setId(), page.size(), "Charizard " + builds.get()),
                    page.page(), page.size());
        }, maximumBytes, background::add, nanos::get);
    }

    private final SetPageCache cache = cache(MEGABYTE);

    /** A set of 100 cards and the first {@code size} of them, each named {@code name} with its number. */
    private static SetCards setCards(long setId, int size, String name) {
        SetOverview set = new SetOverview(setId, 1, "pokemon", "Pokémon", "BS", "Base Set", null, LocalDate.of(1999, 1, 9),
                102, 100, false, "en");
        List<CardOverview> cards = LongStream.rangeClosed(1, Math.min(size, 100)).mapToObj(number -> new CardOverview(
                setId * 1000 + number, setId, "pokemon", name + " " + number, String.valueOf(number), number + "/102",
                "Rare Holo", "Pokemon", 120, "Fire", "Stage 2", "Charmeleon", "Mitsuhiro Arita", "Base Set", "BS",
                LocalDate.of(1999, 1, 9), "en")).toList();
        return new SetCards(set, cards);
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }

    private static HeadlinePricesChanged priceMoved(long cardId, long setId) {
        return new HeadlinePricesChanged(List.of(new CardPriceChange(new CardId(cardId), new CardSetId(setId), "pokemon",
                PriceSource.CARDMARKET, "holofoil", Money.of("410.00", "EUR"))));
    }

    @Test
    void holds_the_very_bytes_the_resource_would_render_uncached() {
        byte[] held = cache.page(7, 1, 100);

        byte[] uncached = JsonConfiguration.jsonb().toJson(V2Responses.SetResponse.from(setCards(7, 100, "Charizard 1"), 1, 100))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(held).isEqualTo(uncached);
        assertThat(text(held)).contains("\"cards_total\":100,\"code\":\"BS\"").contains("\"id\":7,\"is_promo\":false")
                .contains("\"collector_number\":\"100/102\"");
        assertThat(cache.page(7, 1, 100)).isSameAs(held);
        assertThat(cache.held(7, 1, 100)).isSameAs(held);
        assertThat(builds).hasValue(1);
    }

    @Test
    void each_page_and_size_is_its_own_answer() {
        byte[] hundred = cache.page(7, 1, 100);
        byte[] sixty = cache.page(7, 1, 60);
        byte[] second = cache.page(7, 2, 60);

        assertThat(text(hundred)).contains("\"size\":100");
        assertThat(text(sixty)).contains("\"size\":60");
        assertThat(text(second)).contains("\"page\":2");
        assertThat(builds).hasValue(3);
        assertThat(cache.held(7, 3, 60)).isNull();
    }

    @Test
    void a_committed_price_change_drops_every_page_of_the_cards_set_and_only_those() {
        cache.page(7, 1, 100);
        cache.page(7, 2, 60);
        byte[] otherSet = cache.page(8, 1, 100);

        cache.onHeadlinePricesChanged(priceMoved(7042, 7));

        assertThat(cache.held(7, 1, 100)).isNull();
        assertThat(cache.held(7, 2, 60)).isNull();
        assertThat(cache.held(8, 1, 100)).isSameAs(otherSet);
        assertThat(text(cache.page(7, 1, 100))).contains("Charizard 4 1");
    }

    @Test
    void a_failed_read_is_not_kept() {
        missing.add(9L);
        assertThatThrownBy(() -> cache.page(9, 1, 60)).hasMessage("Set not found");
        assertThat(cache.size()).isZero();

        missing.clear();
        assertThat(text(cache.page(9, 1, 60))).contains("\"id\":9");
    }

    @Test
    void a_page_read_after_the_refresh_age_is_served_while_it_is_rebuilt_and_expires_unread() {
        byte[] first = cache.page(7, 1, 100);
        nanos.addAndGet(SetPageCache.REFRESH_AFTER.plusSeconds(1).toNanos());

        assertThat(cache.page(7, 1, 100)).isSameAs(first);
        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertThat(text(cache.held(7, 1, 100))).contains("Charizard 2 1");

        nanos.addAndGet(SetPageCache.TIME_TO_LIVE.plus(Duration.ofSeconds(1)).toNanos());
        assertThat(cache.held(7, 1, 100)).isNull();
    }

    @Test
    void holds_no_more_bytes_than_its_budget() {
        int pageBytes = cache.page(1, 1, 100).length + SetPageCache.ENTRY_OVERHEAD_BYTES;
        long budget = 10L * pageBytes;
        SetPageCache bounded = cache(budget);

        for (long set = 1; set <= 40; set++) {
            bounded.page(set, 1, 100);
        }

        assertThat(bounded.weight()).isLessThanOrEqualTo(budget);
        assertThat(bounded.size()).isBetween(1L, 10L);
    }
}
