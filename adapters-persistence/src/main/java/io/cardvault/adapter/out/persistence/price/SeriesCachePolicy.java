package io.cardvault.adapter.out.persistence.price;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * How the ingest's two per-series caches (the {@link SeriesRegistry}'s ids, the {@link JdbcOutlierWindows}'
 * windows) are bounded: at most {@code capacity} series ({@code CARDVAULT_PRICES_SERIES_CACHE}), and both let
 * go once no file has asked for a window for {@code idle} ({@code CARDVAULT_PRICES_SERIES_CACHE_IDLE_MINUTES}).
 * An ingest or a backfill asks for the same series file after file within minutes, then nothing until the
 * next day's run; kept between runs, a million series (~0.4 KB each) held ~0.4 GB of heap that served no one
 * (issue 21). The end of the runs lets them go at once ({@link JdbcOutlierWindows#runsEnded}); the idle time is
 * for runs whose end is never said (a process that called {@code windowsOf} outside a run). After the release the
 * next run reads the series back as a restarted process does: slower, never wrong. {@link Duration#ZERO} keeps
 * them for the life of the process, unless the runs' end lets them go.
 *
 * <p>{@code checks} looks for idleness every minute (the container's managed scheduler in the server), so
 * the memory is returned even when no file comes for hours; without it nothing is let go by time.
 */
record SeriesCachePolicy(long capacity, Duration idle, Optional<ScheduledExecutorService> checks, LongSupplier nanoClock) {

    /** How often idleness is looked for: the caches go between {@code idle} and a minute more after their last use. */
    static final Duration CHECK_EVERY = Duration.ofMinutes(1);

    SeriesCachePolicy {
        if (capacity < 1) {
            throw new IllegalArgumentException("the series cache needs room for at least one series, not " + capacity);
        }
        Objects.requireNonNull(idle, "idle");
        if (idle.isNegative()) {
            throw new IllegalArgumentException("the series cache's idle time cannot be negative: " + idle);
        }
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** Bounded by size only, kept while the process runs (the benchmarks and tests outside a container). */
    static SeriesCachePolicy keptWhileTheProcessRuns(long capacity) {
        return new SeriesCachePolicy(capacity, Duration.ZERO, Optional.empty(), System::nanoTime);
    }

    /** The server's settings: {@code idleMinutes} 0 keeps the series while the process runs. */
    static SeriesCachePolicy of(long capacity, long idleMinutes, ScheduledExecutorService checks) {
        return new SeriesCachePolicy(capacity, Duration.ofMinutes(idleMinutes), Optional.of(checks), System::nanoTime);
    }

    /** Runs {@code check} every {@link #CHECK_EVERY} on the scheduler, if the caches are let go by time at all. */
    void scheduleChecks(Runnable check) {
        if (!idle.isZero()) {
            checks.ifPresent(scheduler -> scheduler.scheduleWithFixedDelay(check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS));
        }
    }

    /** Now, on the clock {@link #idleSince} compares with. */
    long now() {
        return nanoClock.getAsLong();
    }

    /** Whether a cache last used at {@code lastUse} (from {@link #now}) has been idle for the policy's time. */
    boolean idleSince(long lastUse) {
        return !idle.isZero() && nanoClock.getAsLong() - lastUse >= idle.toNanos();
    }
}
