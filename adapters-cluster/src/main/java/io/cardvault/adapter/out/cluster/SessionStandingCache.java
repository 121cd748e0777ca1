package io.cardvault.adapter.out.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.SessionStanding;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Session standings cached on this node, each for at most the time to live, and forgotten on every
 * node through one Hazelcast topic carrying the account id: a change reaches the other members in
 * milliseconds, and should a message be lost (a plain topic drops messages under overload, and a
 * node without a running member hears nothing) the time to live bounds how long a node may still
 * admit an ended session. A node-local map rather than a shared one: a hit must be a memory read,
 * not a network call, on every request with a session cookie.
 *
 * <p>A read from the store that started before a forget is not cached (the forget count moved on
 * meanwhile), so a standing read just before a change cannot outlive it here.
 */
final class SessionStandingCache {

    static final String TOPIC = "cardvault-session-ends";
    /** Standings kept at most; when full the map starts over (a miss only costs one indexed read). */
    static final int MAX_ENTRIES = 100_000;

    private static final Logger LOG = Logger.getLogger(SessionStandingCache.class.getName());

    private final Supplier<Optional<HazelcastInstance>> member;
    private final long timeToLiveNanos;
    private final Map<Long, Cached> entries = new ConcurrentHashMap<>();
    private final AtomicLong forgets = new AtomicLong();

    private record Cached(Optional<SessionStanding> standing, long loadedAt) {
    }

    SessionStandingCache(Supplier<Optional<HazelcastInstance>> member, Duration timeToLive) {
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("the session cache's time to live must be positive: " + timeToLive);
        }
        this.member = member;
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    Optional<SessionStanding> standing(AccountId account, Function<AccountId, Optional<SessionStanding>> load) {
        long now = System.nanoTime();
        Cached cached = entries.get(account.value());
        if (cached != null && now - cached.loadedAt() < timeToLiveNanos) {
            return cached.standing();
        }
        long forgetsBefore = forgets.get();
        Optional<SessionStanding> loaded = load.apply(account);
        if (forgets.get() == forgetsBefore) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(account.value(), new Cached(loaded, now));
        }
        return loaded;
    }

    /** Forgets the account here at once, and on the other members when the message reaches them. */
    void forgetEverywhere(AccountId account) {
        forgetHere(account.value());
        Optional<HazelcastInstance> hazelcast = member.get();
        if (hazelcast.isEmpty()) {
            LOG.fine(() -> "No cluster member: account " + account.value() + "'s sessions are forgotten on this node only");
            return;
        }
        try {
            hazelcast.get().<Long>getTopic(TOPIC).publishAsync(account.value()).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    LOG.log(Level.WARNING, failure, () -> "Could not tell the cluster that account " + account.value()
                            + "'s sessions changed; other nodes notice within the cache's time to live");
                }
            });
        } catch (RuntimeException e) {
            // The member is shutting down: the time to live still bounds the other nodes' view.
            LOG.log(Level.WARNING, "Could not publish a session change", e);
        }
    }

    void forgetHere(long account) {
        forgets.incrementAndGet();
        entries.remove(account);
    }

    /** Starts this member's listener; returns its registration, for {@link #stopListening}. */
    UUID listen(HazelcastInstance hazelcast) {
        ITopic<Long> topic = hazelcast.getTopic(TOPIC);
        return topic.addMessageListener(message -> forgetHere(message.getMessageObject()));
    }

    static void stopListening(HazelcastInstance hazelcast, UUID registration) {
        hazelcast.getTopic(TOPIC).removeMessageListener(registration);
    }

    /** Standings cached here (tests). */
    int size() {
        return entries.size();
    }
}
