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
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

public class CardDetailCacheTest {

    public record Detail(long cardId, String cardName, String thumbnailUrl) {
    }

    private final CardDetailCache cache = new CardDetailCache();
    private final AtomicInteger builds = new AtomicInteger();

    private byte[] read(long cardId) {
        return cache.detail(cardId, id -> {
            builds.incrementAndGet();
            return new Detail(id, "Charizard " + builds.get(), null);
        });
    }

    @Test
    void holds_a_detail_only_once_it_was_built() {
        assertThat(cache.held(134)).isNull();
        byte[] built = read(134);
        assertThat(cache.held(134)).isSameAs(built);
        assertThat(cache.held(135)).isNull();
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
        assertThatThrownBy(() -> cache.detail(7, id -> {
            throw new IllegalStateException("Card not found");
        })).hasMessage("Card not found");

        assertThat(cache.size()).isZero();
        assertThat(new String(read(7), StandardCharsets.UTF_8)).contains("\"card_id\":7");
    }
}
