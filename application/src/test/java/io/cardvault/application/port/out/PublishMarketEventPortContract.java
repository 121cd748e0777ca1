package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.realtime.MarketEvent;
import io.cardvault.domain.realtime.PriceUpdate;
import io.cardvault.domain.realtime.PricesRefreshed;
import io.cardvault.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link PublishMarketEventPort}: every implementation (the in-memory fake, the
 * Hazelcast relay) must pass it. Outside a transaction an event leaves at once and reaches this
 * node's clients exactly once, events keep the order they were published in, and publishing never
 * throws. Delivery may be asynchronous: the contract waits for it.
 */
public abstract class PublishMarketEventPortContract {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Long enough for a duplicate, had there been one, to arrive after the originals. */
    private static final Duration SETTLE = Duration.ofMillis(300);

    /** The implementation under test, with nothing delivered yet. */
    protected abstract PublishMarketEventPort publisher();

    /** What reached this node's clients through it so far, in arrival order. */
    protected abstract List<MarketEvent> deliveredHere();

    protected static PriceUpdate price(int card) {
        return new PriceUpdate(new CardId(card), new CardSetId(7), "pokemon", "tcgcsv", "normal",
                Money.of(card + ".25", "USD"), Instant.parse("2026-11-22T01:00:00Z"));
    }

    @Test
    void givenOneEvent_publish_reachesThisNodeExactlyOnce() throws InterruptedException {
        PublishMarketEventPort port = publisher();
        PricesRefreshed event = new PricesRefreshed(12, "daily");

        port.publish(event);

        assertThat(awaitDelivered(1)).containsExactly(event);
    }

    @Test
    void givenManyEvents_publish_deliversEachOnceInPublishingOrder() throws InterruptedException {
        PublishMarketEventPort port = publisher();
        List<MarketEvent> events = IntStream.rangeClosed(1, 100).mapToObj(PublishMarketEventPortContract::price)
                .map(MarketEvent.class::cast).toList();

        events.forEach(port::publish);

        assertThat(awaitDelivered(events.size())).containsExactlyElementsOf(events);
    }

    /** Waits until at least {@code count} events arrived, then a little longer for any extra, and returns them all. */
    protected List<MarketEvent> awaitDelivered(int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (deliveredHere().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(SETTLE.toMillis());
        return deliveredHere();
    }
}
