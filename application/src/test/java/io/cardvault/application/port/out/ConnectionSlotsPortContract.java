package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ConnectionSlotsPort}: every implementation (the in-memory fake, the
 * Hazelcast adapter) must pass it. Each test uses fresh holder names, so an implementation may
 * keep its slots between tests.
 */
public abstract class ConnectionSlotsPortContract {

    private static final AtomicInteger HOLDERS = new AtomicInteger();

    private ConnectionSlotsPort slots;
    private String holder;
    private String other;

    /** The implementation under test. */
    protected abstract ConnectionSlotsPort slots();

    @BeforeEach
    void freshHolders() {
        slots = slots();
        int n = HOLDERS.incrementAndGet();
        holder = "key:" + n + "-" + System.nanoTime();
        other = "ip:" + n + "-" + System.nanoTime();
    }

    @Test
    void givenFreshHolder_tryAcquire_grantsUpToMaxThenRefuses() {
        assertThat(slots.tryAcquire(holder, 2)).isTrue();
        assertThat(slots.tryAcquire(holder, 2)).isTrue();
        assertThat(slots.tryAcquire(holder, 2)).isFalse();
    }

    @Test
    void givenOneHolderFull_tryAcquire_stillGrantsAnotherHolder() {
        assertThat(slots.tryAcquire(holder, 1)).isTrue();
        assertThat(slots.tryAcquire(holder, 1)).isFalse();
        assertThat(slots.tryAcquire(other, 1)).isTrue();
    }

    @Test
    void givenFullHolder_release_freesExactlyOneSlot() {
        slots.tryAcquire(holder, 2);
        slots.tryAcquire(holder, 2);
        slots.release(holder);
        assertThat(slots.tryAcquire(holder, 2)).isTrue();
        assertThat(slots.tryAcquire(holder, 2)).isFalse();
    }

    @Test
    void givenExtraReleases_tryAcquire_stillCapsAtMax() {
        slots.tryAcquire(holder, 2);
        slots.release(holder);
        slots.release(holder);
        slots.release(holder);
        assertThat(slots.tryAcquire(holder, 2)).isTrue();
        assertThat(slots.tryAcquire(holder, 2)).isTrue();
        assertThat(slots.tryAcquire(holder, 2)).isFalse();
    }

    @Test
    void givenHolderThatNeverAcquired_release_isIgnored() {
        slots.release(other);
        assertThat(slots.tryAcquire(other, 1)).isTrue();
        assertThat(slots.tryAcquire(other, 1)).isFalse();
    }

    @Test
    void givenLowerMaxThanHeld_tryAcquire_refusesUntilEnoughAreReleased() {
        slots.tryAcquire(holder, 3);
        slots.tryAcquire(holder, 3);
        assertThat(slots.tryAcquire(holder, 1)).isFalse();
        slots.release(holder);
        assertThat(slots.tryAcquire(holder, 1)).isFalse();
        slots.release(holder);
        assertThat(slots.tryAcquire(holder, 1)).isTrue();
    }
}
