package io.cardvault.application.port.out;

import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In-memory {@link RateLimitPort} with the cluster limiter's windows: a bucket holds a per-minute
 * and a per-day allowance, each refilled whole at the next UTC minute or midnight, fixed by the
 * limits of its first use. Time comes from a {@link Clock}, so a fixed clock gives buckets that
 * never refill. Every call is recorded for tests that check which bucket a service draws on.
 */
public class InMemoryRateLimiter implements RateLimitPort {

    /** One call: {@code tryConsume}, {@code tryConsumeUnreported} or {@code giveBack}. */
    public record Call(String operation, String bucket, RateLimits limits) {
    }

    private final Clock clock;
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public InMemoryRateLimiter() {
        this(Clock.systemUTC());
    }

    public InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Every call so far, in order. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Tokens taken from {@code bucket}'s day window (zero for a bucket never used). */
    public synchronized long usedToday(String bucket) {
        Bucket found = buckets.get(bucket);
        return found == null ? 0 : found.day.used(clock.instant());
    }

    @Override
    public synchronized RateLimitDecision tryConsume(String bucket, RateLimits limits) {
        calls.add(new Call("tryConsume", bucket, limits));
        return consume(bucket, limits);
    }

    @Override
    public synchronized RateLimitDecision tryConsumeUnreported(String bucket, RateLimits limits) {
        calls.add(new Call("tryConsumeUnreported", bucket, limits));
        return consume(bucket, limits);
    }

    @Override
    public synchronized void giveBack(String bucket, RateLimits limits) {
        calls.add(new Call("giveBack", bucket, limits));
        Instant now = clock.instant();
        Bucket found = buckets.computeIfAbsent(bucket, name -> new Bucket(limits));
        found.minute.giveBack(now);
        found.day.giveBack(now);
    }

    private RateLimitDecision consume(String name, RateLimits limits) {
        Instant now = clock.instant();
        Bucket bucket = buckets.computeIfAbsent(name, ignored -> new Bucket(limits));
        Window exhausted = bucket.minute.left(now) == 0 ? bucket.minute : bucket.day.left(now) == 0 ? bucket.day : null;
        if (exhausted != null) {
            long waitSeconds = Math.max(1, (exhausted.resetAt(now).toEpochMilli() - now.toEpochMilli() + 999) / 1_000);
            return new RateLimitDecision(false, exhausted.capacity, 0, exhausted.resetAt(now).getEpochSecond(), waitSeconds);
        }
        bucket.minute.take(now);
        bucket.day.take(now);
        Window binding = bucket.day.left(now) < bucket.minute.left(now) ? bucket.day : bucket.minute;
        return new RateLimitDecision(true, binding.capacity, binding.left(now), binding.resetAt(now).getEpochSecond(), 0);
    }

    private static final class Bucket {
        final Window minute;
        final Window day;

        Bucket(RateLimits limits) {
            this.minute = new Window(limits.perMinute(), ChronoUnit.MINUTES);
            this.day = new Window(limits.perDay(), ChronoUnit.DAYS);
        }
    }

    /** One allowance refilled whole at each boundary of its unit; an unlimited one never runs out. */
    private static final class Window {
        final long capacity;
        final ChronoUnit unit;
        private Instant start = Instant.EPOCH;
        private long used;

        Window(long capacity, ChronoUnit unit) {
            this.capacity = capacity;
            this.unit = unit;
        }

        long left(Instant now) {
            return capacity == RateLimits.UNLIMITED ? RateLimits.UNLIMITED : capacity - used(now);
        }

        long used(Instant now) {
            return now.truncatedTo(unit).equals(start) ? used : 0;
        }

        void take(Instant now) {
            used = used(now) + 1;
            start = now.truncatedTo(unit);
        }

        void giveBack(Instant now) {
            used = Math.max(0, used(now) - 1);
            start = now.truncatedTo(unit);
        }

        Instant resetAt(Instant now) {
            return now.truncatedTo(unit).plus(1, unit);
        }
    }
}
