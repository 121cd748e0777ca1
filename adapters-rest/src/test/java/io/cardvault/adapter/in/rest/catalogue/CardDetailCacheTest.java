package io.cardvault.adapter.in.rest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.price.CardPriceChange;
import io.cardvault.domain.price.DailySnapshotTaken;
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
import org.junit.jupiter.api.Test;

public class CardDetailCacheTest {

    public record Detail(long cardId, String cardName, String thumbnailUrl) {
    }

    private final AtomicInteger builds = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final Set<Long> missing = new HashSet<>();
    /** Work the cache hands its executor (rebuilds), run when a test says so. */
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final CardDetailCache cache = new CardDetailCache(id -> {
        if (missing.contains(id)) {
            throw new IllegalStateException("Card not found");
        }
        return new Detail(id, "Charizard " + builds.incrementAndGet(), null);
    }, background::add, nanos::get);

    private byte[] read(long cardId) {
        return cache.detail(cardId);
    }

    private void after(Duration elapsed) {
        nanos.addAndGet(elapsed.toNanos());
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @Test
    void serialises_once_in_the_contracts_json_and_serves_the_same_bytes_after() {
        byte[] first = read(134);
        byte[] second = read(134);

        assertThat(new String(first, StandardCharsets.UTF_8))
                .isEqualTo("{\"card_id\":134,\"card_name\":\"Charizard 1\",\"thumbnail_url\":null}");
        assertThat(second).isSameAs(first);
        assertThat(builds).hasValue(1);
    }

    @Test
    void a_committed_price_change_drops_only_the_cards_it_names() {
        read(134);
        read(135);

        cache.onHeadlinePricesChanged(new HeadlinePricesChanged(List.of(new CardPriceChange(new CardId(134), new CardSetId(1),
                "pokemon", PriceSource.CARDMARKET, "holofoil", Money.of("410.00", "EUR")))));

        assertThat(new String(read(134), StandardCharsets.UTF_8)).contains("Charizard 3");
        read(135);
        assertThat(builds).hasValue(3);
    }

    @Test
    void the_daily_snapshot_drops_everything() {
        read(134);
        read(135);

        cache.onDailySnapshotTaken(new DailySnapshotTaken(LocalDate.of(2026, 11, 21), 10));

        assertThat(cache.size()).isZero();
    }

    @Test
    void a_failed_read_is_not_kept() {
        missing.add(7L);
        assertThatThrownBy(() -> read(7)).hasMessage("Card not found");
        assertThat(cache.size()).isZero();

        missing.clear();
        assertThat(new String(read(7), StandardCharsets.UTF_8)).contains("\"card_id\":7");
    }

    @Test
    void a_card_read_after_the_refresh_age_is_served_while_it_is_rebuilt() {
        byte[] first = read(134);
        after(CardDetailCache.REFRESH_AFTER.plusSeconds(1));

        assertThat(cache.held(134)).isSameAs(first);
        assertThat(read(134)).isSameAs(first);
        assertThat(builds).hasValue(1);

        runBackground();
        assertThat(builds).hasValue(2);
        assertThat(new String(cache.held(134), StandardCharsets.UTF_8)).contains("Charizard 2");
    }

    @Test
    void a_card_nobody_read_expires_and_a_failed_rebuild_keeps_the_held_bytes_until_then() {
        read(134);
        read(135);
        missing.add(135L);
        after(CardDetailCache.REFRESH_AFTER.plusSeconds(1));
        assertThat(new String(cache.held(135), StandardCharsets.UTF_8)).contains("Charizard 2");
        runBackground();
        assertThat(new String(cache.held(135), StandardCharsets.UTF_8)).contains("Charizard 2");

        after(CardDetailCache.TIME_TO_LIVE);
        assertThat(cache.held(134)).isNull();
        assertThat(cache.held(135)).isNull();
    }

    @Test
    void holds_a_detail_only_once_it_was_built() {
        assertThat(cache.held(134)).isNull();
        byte[] built = read(134);
        assertThat(cache.held(134)).isSameAs(built);
        assertThat(cache.held(135)).isNull();
    }
}
