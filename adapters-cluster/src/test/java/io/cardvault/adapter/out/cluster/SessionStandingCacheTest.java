package io.cardvault.adapter.out.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import io.cardvault.application.port.out.account.CountingStandingStore;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.SessionStanding;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionStandingCacheTest {

    /** Clear of the ports the rate-limit and real-time tests use. */
    private static final int FIRST_PORT = 6171;
    private static final AccountId ALICE = new AccountId(7);
    private static final Duration LONG = Duration.ofHours(1);

    private TwoMembers members;

    @BeforeEach
    void twoMembers() {
        members = TwoMembers.start("session-cache-test", FIRST_PORT);
    }

    @AfterEach
    void shutdown() {
        members.terminate();
    }

    private static SessionStandingCache cacheOn(HazelcastInstance member) {
        SessionStandingCache cache = new SessionStandingCache(() -> Optional.of(member), LONG);
        cache.listen(member);
        return cache;
    }

    @Test
    void a_standing_forgotten_on_one_member_is_read_again_on_the_other() throws InterruptedException {
        SessionStandingCache first = cacheOn(members.first());
        SessionStandingCache second = cacheOn(members.second());
        CountingStandingStore store = new CountingStandingStore();
        assertThat(first.standing(ALICE, store).orElseThrow().generation()).isZero();
        assertThat(second.standing(ALICE, store).orElseThrow().generation()).isZero();
        assertThat(second.standing(ALICE, store)).isPresent();
        assertThat(store.reads).hasValue(2);

        store.generation.set(1);
        first.forgetEverywhere(ALICE);

        assertThat(first.standing(ALICE, store).orElseThrow().generation()).as("at once on the member that changed it")
                .isEqualTo(1);
        Instant deadline = Instant.now().plusSeconds(10);
        while (second.size() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        assertThat(second.standing(ALICE, store).orElseThrow().generation()).isEqualTo(1);
    }

    @Test
    void a_read_that_a_forget_overtook_is_answered_but_not_kept() {
        SessionStandingCache cache = cacheOn(members.first());
        CountingStandingStore store = new CountingStandingStore();
        Optional<SessionStanding> stale = cache.standing(ALICE, account -> {
            Optional<SessionStanding> read = store.apply(account);
            cache.forgetHere(account.value()); // the change commits while this read is on its way
            return read;
        });
        assertThat(stale).isPresent();
        assertThat(cache.size()).isZero();
        cache.standing(ALICE, store);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void an_entry_older_than_the_time_to_live_is_read_again_and_an_absent_account_is_cached_too() {
        CountingStandingStore store = new CountingStandingStore();
        SessionStandingCache expiring = new SessionStandingCache(Optional::empty, Duration.ofNanos(1));
        expiring.standing(ALICE, store);
        expiring.standing(ALICE, store);
        assertThat(store.reads).hasValue(2);

        SessionStandingCache keeping = new SessionStandingCache(Optional::empty, LONG);
        AtomicInteger misses = new AtomicInteger();
        assertThat(keeping.standing(new AccountId(99), account -> {
            misses.incrementAndGet();
            return Optional.empty();
        })).isEmpty();
        assertThat(keeping.standing(new AccountId(99), account -> {
            misses.incrementAndGet();
            return Optional.empty();
        })).isEmpty();
        assertThat(misses).hasValue(1);
    }

    @Test
    void without_a_running_member_a_forget_still_takes_effect_on_this_node() {
        SessionStandingCache alone = new SessionStandingCache(Optional::empty, LONG);
        CountingStandingStore store = new CountingStandingStore();
        alone.standing(ALICE, store);
        store.generation.set(3);
        alone.forgetEverywhere(ALICE);
        assertThat(alone.standing(ALICE, store).orElseThrow().generation()).isEqualTo(3);
    }
}
