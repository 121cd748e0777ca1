package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.CardId;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link MarketAggregatesCachePort} and {@link CardAnalyticsCachePort}: every
 * implementation (the in-memory fake, the Hazelcast adapter) must pass it. Each test uses card ids
 * and view keys of its own, so an implementation may keep its entries between tests.
 */
public abstract class MarketCachePortContract {

    private static final AtomicLong CARDS = new AtomicLong(1_000);
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    /** A cached value, as the services cache their payloads: a serializable record. */
    public record Payload(String text) implements Serializable {
    }

    private MarketAggregatesCachePort views;
    private CardAnalyticsCachePort cards;

    protected abstract MarketAggregatesCachePort views();

    protected abstract CardAnalyticsCachePort cards();

    @BeforeEach
    void ports() {
        views = views();
        cards = cards();
    }

    @Test
    void givenReplacedViews_view_answersEachByKeyAndTheNextReplacementDropsKeysItLacks() {
        String movers = "movers|" + CARDS.incrementAndGet();
        String hot = "hot|" + CARDS.incrementAndGet();
        views.replaceAll(Map.of(movers, new Payload("first"), hot, new Payload("hot")));

        assertThat(views.view(movers, Payload.class)).contains(new Payload("first"));
        assertThat(views.view(hot, Payload.class)).contains(new Payload("hot"));

        views.replaceAll(Map.of(movers, new Payload("second")));

        assertThat(views.view(movers, Payload.class)).contains(new Payload("second"));
        assertThat(views.view(hot, Payload.class)).isEmpty();
    }

    @Test
    void givenAViewOfAnotherType_view_isEmpty() {
        String key = "totals|" + CARDS.incrementAndGet();
        views.replaceAll(Map.of(key, new Payload("totals")));

        assertThat(views.view(key, String.class)).isEmpty();
        assertThat(views.view("never-published", Payload.class)).isEmpty();
    }

    @Test
    void givenAPutPayload_get_answersItForThatCardAndKeyOnly() {
        CardId card = new CardId(CARDS.incrementAndGet());
        CardId other = new CardId(CARDS.incrementAndGet());

        cards.put(card, "trend|normal|raw", new Payload("rail"), TEN_MINUTES);

        assertThat(cards.get(card, "trend|normal|raw", Payload.class)).contains(new Payload("rail"));
        assertThat(cards.get(card, "trend|holo|raw", Payload.class)).isEmpty();
        assertThat(cards.get(other, "trend|normal|raw", Payload.class)).isEmpty();
        assertThat(cards.get(card, "trend|normal|raw", String.class)).isEmpty();
    }

    @Test
    void givenPayloadsOfTwoCardsWhoseIdsShareDigits_invalidate_dropsOnlyTheNamedCard() {
        long base = CARDS.addAndGet(10);
        CardId card = new CardId(base);
        CardId longerId = new CardId(base * 10 + 1); // its id starts with the other's digits
        cards.put(card, "trend", new Payload("a"), TEN_MINUTES);
        cards.put(card, "stash", new Payload("b"), TEN_MINUTES);
        cards.put(longerId, "trend", new Payload("c"), TEN_MINUTES);

        cards.invalidate(card);

        assertThat(cards.get(card, "trend", Payload.class)).isEmpty();
        assertThat(cards.get(card, "stash", Payload.class)).isEmpty();
        assertThat(cards.get(longerId, "trend", Payload.class)).contains(new Payload("c"));
    }

    @Test
    void givenPayloadsOfSeveralCards_invalidateAll_dropsEveryOne() {
        CardId first = new CardId(CARDS.incrementAndGet());
        CardId second = new CardId(CARDS.incrementAndGet());
        cards.put(first, "trend", new Payload("a"), TEN_MINUTES);
        cards.put(second, "trend", new Payload("b"), TEN_MINUTES);

        cards.invalidateAll();

        assertThat(cards.get(first, "trend", Payload.class)).isEmpty();
        assertThat(cards.get(second, "trend", Payload.class)).isEmpty();
    }

    @Test
    void givenAPayloadWithAShortTimeToLive_get_missesOnceItRanOut() throws InterruptedException {
        CardId card = new CardId(CARDS.incrementAndGet());
        cards.put(card, "predict|30", new Payload("forecast"), Duration.ofSeconds(1));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Optional<Payload> read = cards.get(card, "predict|30", Payload.class);
        while (read.isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            read = cards.get(card, "predict|30", Payload.class);
        }

        assertThat(read).isEmpty();
    }
}
