package io.cardvault.adapter.out.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.realtime.MarketEvent;
import io.cardvault.domain.realtime.PriceUpdate;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two real Hazelcast members in this JVM: events published on one reach both exactly once; slots are shared and freed. */
class RealtimeAcrossMembersTest {

    /** Clear of the ports the integration server, other checkouts and the rate-limit test use. */
    private static final int FIRST_PORT = 6141;

    private TwoMembers members;
    private HazelcastInstance first;
    private HazelcastInstance second;

    @BeforeEach
    void twoMembers() {
        members = TwoMembers.start("realtime-test", FIRST_PORT);
        first = members.first();
        second = members.second();
    }

    @AfterEach
    void shutdown() {
        members.terminate();
    }


    private static PriceUpdate price(int i) {
        return new PriceUpdate(new CardId(i), new CardSetId(7), "pokemon", "tcgplayer", "normal",
                Money.of(i + ".25", "USD"), Instant.parse("2026-05-12T12:00:00Z"));
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void an_event_published_on_one_member_reaches_each_members_hub_exactly_once_in_order() throws InterruptedException {
        List<MarketEvent> onFirst = new CopyOnWriteArrayList<>();
        List<MarketEvent> onSecond = new CopyOnWriteArrayList<>();
        MarketEventRelay.listen(first, onFirst::add);
        MarketEventRelay.listen(second, onSecond::add);

        List<MarketEvent> published = IntStream.rangeClosed(1, 200).mapToObj(RealtimeAcrossMembersTest::price)
                .map(MarketEvent.class::cast).toList();
        published.forEach(event -> MarketEventRelay.publish(first, event));

        awaitSize(onSecond, published.size());
        awaitSize(onFirst, published.size());
        Thread.sleep(500); // anything delivered twice would arrive by now
        assertThat(onSecond).containsExactlyElementsOf(published);
        assertThat(onFirst).containsExactlyElementsOf(published);
    }

    @Test
    void connection_slots_are_counted_across_members_and_a_departed_members_slots_are_freed() throws InterruptedException {
        HazelcastConnectionSlots.watchDepartures(first);
        assertThat(ConnectionSlotTable.tryAcquire(first, "key:1", 3)).isTrue();
        assertThat(ConnectionSlotTable.tryAcquire(second, "key:1", 3)).isTrue();
        assertThat(ConnectionSlotTable.tryAcquire(second, "key:1", 3)).isTrue();
        assertThat(ConnectionSlotTable.tryAcquire(first, "key:1", 3)).isFalse();
        assertThat(ConnectionSlotTable.tryAcquire(first, "key:2", 3)).isTrue();

        ConnectionSlotTable.release(first, "key:1");
        ConnectionSlotTable.release(first, "key:1"); // an extra release gives back nothing of another member's
        assertThat(ConnectionSlotTable.held(first, "key:1")).isEqualTo(2);

        second.getLifecycleService().terminate(); // dies without releasing its two
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (ConnectionSlotTable.held(first, "key:1") != 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(ConnectionSlotTable.held(first, "key:1")).isZero();
        assertThat(ConnectionSlotTable.held(first, "key:2")).isEqualTo(1);
        assertThat(ConnectionSlotTable.tryAcquire(first, "key:1", 3)).isTrue();
    }
}
