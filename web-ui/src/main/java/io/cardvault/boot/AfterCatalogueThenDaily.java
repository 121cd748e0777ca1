package io.cardvault.boot;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shape the price and bulk data schedules share: poll until the catalogue import has finished
 * (it records each source when it ran to its end), then run the first-start work once and schedule
 * the daily work at a UTC time of day, on the server's managed scheduled executor. A task that throws
 * is logged and the schedule goes on (a thrown periodic task would stop it).
 */
final class AfterCatalogueThenDaily {

    private static final Logger LOG = Logger.getLogger(AfterCatalogueThenDaily.class.getName());
    private static final long CATALOGUE_POLL_SECONDS = 10;

    private final ManagedScheduledExecutorService scheduler;
    private final BooleanSupplier catalogueIn;
    private final String what;
    private final Clock clock;
    private volatile ScheduledFuture<?> waiting;
    private volatile ScheduledFuture<?> dailyRun;
    private volatile boolean started;

    AfterCatalogueThenDaily(ManagedScheduledExecutorService scheduler, BooleanSupplier catalogueIn, String what, Clock clock) {
        this.scheduler = scheduler;
        this.catalogueIn = catalogueIn;
        this.what = what;
        this.clock = clock;
    }

    /** Once the catalogue is in: {@code once} (if any) on its own thread, then {@code daily} every day at {@code at} (if any). */
    void start(Optional<Runnable> once, Optional<LocalTime> at, Runnable daily) {
        waiting = scheduler.scheduleWithFixedDelay(() -> startWhenCatalogueIsIn(once, at, daily), 0, CATALOGUE_POLL_SECONDS,
                TimeUnit.SECONDS);
    }

    void stop() {
        if (waiting != null) {
            waiting.cancel(false);
        }
        if (dailyRun != null) {
            dailyRun.cancel(false);
        }
    }

    private void startWhenCatalogueIsIn(Optional<Runnable> once, Optional<LocalTime> at, Runnable daily) {
        try {
            if (started || !catalogueIn.getAsBoolean()) {
                return;
            }
            started = true;
            waiting.cancel(false);
            once.ifPresent(work -> scheduler.execute(logged(work)));
            at.ifPresent(time -> {
                long delay = secondsUntilNext(time, clock);
                LOG.info(() -> "Daily " + what + " at " + time + " UTC, next in " + Duration.ofSeconds(delay));
                dailyRun = scheduler.scheduleAtFixedRate(logged(daily), delay, TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
            });
        } catch (RuntimeException e) {
            // the database may still be starting: the next poll asks again
            LOG.log(Level.FINE, "catalogue import state not readable yet", e);
        }
    }

    private Runnable logged(Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The " + what + " failed", e);
            }
        };
    }

    /** Seconds from now to the next {@code time} of day (UTC): later today, or tomorrow when it has passed. */
    static long secondsUntilNext(LocalTime time, Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = now.with(time);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next).toSeconds();
    }
}
