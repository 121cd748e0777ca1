package io.cardvault.boot;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A job every node schedules every few minutes on the server's managed scheduled executor, its
 * lease in the database letting one node run it ({@code 0} minutes: off). A run that throws is
 * logged and the next one still happens (a thrown task would stop the schedule).
 */
abstract class RepeatingJobSchedule {

    private final String job;
    private final String variable;
    private final long everyMinutes;
    private final long firstRunDelaySeconds;
    private volatile ScheduledFuture<?> running;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    /**
     * @param job                  the job's name in the log ("Listing expiry")
     * @param variable             the setting {@code everyMinutes} came from, named when it is wrong or 0
     * @param firstRunDelaySeconds long enough after start for the database and the first requests to settle
     */
    protected RepeatingJobSchedule(String job, String variable, long everyMinutes, long firstRunDelaySeconds) {
        if (everyMinutes < 0) {
            throw new IllegalArgumentException(variable + " is a number of minutes, 0 for off: " + everyMinutes);
        }
        this.job = job;
        this.variable = variable;
        this.everyMinutes = everyMinutes;
        this.firstRunDelaySeconds = firstRunDelaySeconds;
    }

    /** The job's work, once. */
    protected abstract void run();

    protected abstract Logger log();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (everyMinutes == 0) {
            log().info(() -> job + " job off (" + variable + "=0)");
            return;
        }
        running = scheduler.scheduleAtFixedRate(this::runOnce, firstRunDelaySeconds,
                TimeUnit.MINUTES.toSeconds(everyMinutes), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(false);
        }
    }

    void runOnce() {
        try {
            run();
        } catch (RuntimeException e) {
            log().log(Level.SEVERE, job + " run failed", e);
        }
    }
}
