package io.cardvault.boot;

import io.cardvault.application.port.in.analytics.IngestExchangeRatesUseCase;
import io.cardvault.application.port.in.analytics.MarketAggregatesReport;
import io.cardvault.application.port.in.analytics.RecomputeMarketAggregatesUseCase;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the market analytics fresh: ingests the ECB reference rates on start and every
 * {@code CARDVAULT_FX_REFRESH_HOURS}, and recomputes the dashboard aggregates on start (after the
 * rates) and every {@code CARDVAULT_ANALYTICS_RECOMPUTE_SECONDS}. The price ingest's committed-run
 * events will trigger the recompute too once they exist (see README, market intelligence).
 */
@ApplicationScoped
class MarketAnalyticsSchedule {

    /** After storage (100), the cluster (200) and the catalogue import's start (300). */
    static final int STARTUP_PRIORITY = 400;
    /** Lets the first FX ingest finish before the first recompute converts with its rates. */
    static final long FIRST_RECOMPUTE_DELAY_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(MarketAnalyticsSchedule.class.getName());

    private final RecomputeMarketAggregatesUseCase recompute;
    private final IngestExchangeRatesUseCase ingestRates;
    private final long recomputeSeconds;
    private final long fxHours;
    private final List<ScheduledFuture<?>> running = new ArrayList<>();

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    MarketAnalyticsSchedule(RecomputeMarketAggregatesUseCase recompute, IngestExchangeRatesUseCase ingestRates,
                            @ConfigProperty(name = "CARDVAULT_ANALYTICS_RECOMPUTE_SECONDS") long recomputeSeconds,
                            @ConfigProperty(name = "CARDVAULT_FX_REFRESH_HOURS") long fxHours) {
        this.recompute = recompute;
        this.ingestRates = ingestRates;
        this.recomputeSeconds = recomputeSeconds;
        this.fxHours = fxHours;
    }

    /** For CDI's client proxy only. */
    protected MarketAnalyticsSchedule() {
        this.recompute = null;
        this.ingestRates = null;
        this.recomputeSeconds = 0;
        this.fxHours = 0;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object context) {
        if (recomputeSeconds <= 0 || fxHours <= 0) {
            throw new IllegalArgumentException("CARDVAULT_ANALYTICS_RECOMPUTE_SECONDS and CARDVAULT_FX_REFRESH_HOURS are positive");
        }
        running.add(scheduler.scheduleAtFixedRate(this::ingestRates, 0, fxHours, TimeUnit.HOURS));
        running.add(scheduler.scheduleWithFixedDelay(this::recompute, FIRST_RECOMPUTE_DELAY_SECONDS, recomputeSeconds,
                TimeUnit.SECONDS));
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object context) {
        running.forEach(task -> task.cancel(false));
        running.clear();
    }

    private void ingestRates() {
        try {
            int written = ingestRates.ingest();
            LOG.info(() -> "Stored " + written + " ECB reference rates");
        } catch (RuntimeException e) {
            // a missed day keeps yesterday's rates; the next run tries again
            LOG.log(Level.WARNING, "ECB reference rate ingest failed", e);
        }
    }

    private void recompute() {
        try {
            MarketAggregatesReport report = recompute.recompute();
            LOG.fine(() -> "Market aggregates: " + report.cardsRead() + " cards, " + report.viewsPublished() + " views in "
                    + report.millis() + " ms");
        } catch (RuntimeException e) {
            // the previous aggregates stay published; the next run tries again
            LOG.log(Level.WARNING, "Market aggregates recompute failed", e);
        }
    }
}
