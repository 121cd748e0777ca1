package io.cardvault.boot;

import io.cardvault.adapter.in.web.DemoPrices;
import io.cardvault.application.port.in.catalogue.ListImportedCatalogueSourcesUseCase;
import io.cardvault.application.port.in.price.BackfillPricesCommand;
import io.cardvault.application.port.in.price.BackfillPricesUseCase;
import io.cardvault.application.port.in.price.RunDailyPricesUseCase;
import io.cardvault.application.port.in.price.Showcase;
import io.cardvault.domain.price.PriceSource;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Schedules the price ingest on the server's managed scheduled executor (Jakarta Concurrency):
 * <ul>
 *   <li>once the catalogue import has finished (it records each source when it ran to its end;
 *       this bean polls for that), the first-start history backfill when
 *       {@code CARDVAULT_PRICES_BACKFILL=on-first-start} and none completed before;</li>
 *   <li>every day at {@code CARDVAULT_PRICES_INGEST_AT} (UTC) when {@code CARDVAULT_PRICES_INGEST=daily}:
 *       the daily price run (each source's latest file, then the daily snapshot) on whichever node
 *       takes its lease; every node schedules it.</li>
 * </ul>
 */
@ApplicationScoped
class PriceIngestSchedule {

    /** After the catalogue import was started (300). */
    static final int STARTUP_PRIORITY = 400;
    private static final Logger LOG = Logger.getLogger(PriceIngestSchedule.class.getName());

    private final RunDailyPricesUseCase daily;
    private final BackfillPricesUseCase backfill;
    private final ListImportedCatalogueSourcesUseCase importedSources;
    private final PriceSettings settings;
    private final Clock clock = Clock.systemUTC();
    private volatile AfterCatalogueThenDaily schedule;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    /** The price settings, read and checked once. */
    record PriceSettings(boolean dailyIngest, LocalTime ingestAt, boolean backfillOnFirstStart, int backfillDays,
                         int showcaseDays, Showcase showcase, Set<String> catalogueSources, boolean catalogueImported,
                         Map<PriceSource, URI> showcaseUpstreams, List<Duration> backfillRetryPauses) {
    }

    @Inject
    PriceIngestSchedule(RunDailyPricesUseCase daily, BackfillPricesUseCase backfill,
                        ListImportedCatalogueSourcesUseCase importedSources, Showcase showcase,
                        @ConfigProperty(name = "CARDVAULT_PRICES_INGEST") String dailyIngest,
                        @ConfigProperty(name = "CARDVAULT_PRICES_INGEST_AT") String ingestAt,
                        @ConfigProperty(name = "CARDVAULT_PRICES_BACKFILL") String backfillMode,
                        @ConfigProperty(name = "CARDVAULT_PRICES_BACKFILL_DAYS") int backfillDays,
                        @ConfigProperty(name = "CARDVAULT_PRICES_SHOWCASE_DAYS") int showcaseDays,
                        @ConfigProperty(name = "CARDVAULT_PRICES_BACKFILL_RETRY_SECONDS") String backfillRetrySeconds,
                        @ConfigProperty(name = "CARDVAULT_CATALOGUE_SOURCES") String catalogueSources,
                        @ConfigProperty(name = "CARDVAULT_CATALOGUE_IMPORT") String catalogueImport,
                        @ConfigProperty(name = "CARDVAULT_SANDBOX_MARKET") String sandboxMarket,
                        @ConfigProperty(name = "CARDVAULT_CARDMARKET_URL") String cardmarketUrl,
                        @ConfigProperty(name = "CARDVAULT_TCGCSV_URL") String tcgcsvUrl,
                        @ConfigProperty(name = "CARDVAULT_PRICECHARTING_URL") String priceChartingUrl) {
        this.daily = daily;
        this.backfill = backfill;
        this.importedSources = importedSources;
        this.settings = new PriceSettings(choice(dailyIngest, "CARDVAULT_PRICES_INGEST", "daily", "never"),
                LocalTime.parse(ingestAt.trim()), choice(backfillMode, "CARDVAULT_PRICES_BACKFILL", "on-first-start", "never"),
                backfillDays, showcaseDays, showcase,
                list(catalogueSources), "never".equalsIgnoreCase(catalogueImport.trim()),
                DemoPrices.isOn(sandboxMarket) ? showcaseUpstreams(Map.of(PriceSource.CARDMARKET, cardmarketUrl,
                        PriceSource.TCGCSV, tcgcsvUrl, PriceSource.PRICECHARTING, priceChartingUrl)) : Map.of(),
                pauses(backfillRetrySeconds));
    }

    /** A comma-separated list of whole seconds ("15,60,180"; "none" or empty: no retry). */
    static List<Duration> pauses(String seconds) {
        String text = seconds.trim();
        if (text.isEmpty() || "none".equalsIgnoreCase(text)) {
            return List.of();
        }
        List<Duration> pauses = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                long value = Long.parseLong(part.trim());
                if (value < 0) {
                    throw new NumberFormatException("negative");
                }
                pauses.add(Duration.ofSeconds(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("CARDVAULT_PRICES_BACKFILL_RETRY_SECONDS is a comma-separated list of "
                        + "whole seconds, or none: " + seconds);
            }
        }
        return List.copyOf(pauses);
    }

    /** For CDI's client proxy only. */
    protected PriceIngestSchedule() {
        this.daily = null;
        this.backfill = null;
        this.importedSources = null;
        this.settings = null;
    }

    static boolean choice(String text, String name, String yes, String no) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (!value.equals(yes) && !value.equals(no)) {
            throw new IllegalArgumentException(name + " must be " + yes + " or " + no + ", not '" + text + "'");
        }
        return value.equals(yes);
    }

    static Set<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * The sandbox's showcase files for each source whose configured upstream is this sandbox
     * ({@code …/sandbox/<source>} becomes {@code …/sandbox/showcase/<source>}): the backfill's days that
     * keep the showcase alone read those instead of the whole market. Real upstreams publish no such
     * scope and keep being read whole.
     */
    static Map<PriceSource, URI> showcaseUpstreams(Map<PriceSource, String> configured) {
        Map<PriceSource, URI> upstreams = new EnumMap<>(PriceSource.class);
        configured.forEach((source, url) -> {
            URI uri = URI.create(url.trim());
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            String tail = "/sandbox/" + source.code();
            if (path.endsWith(tail)) {
                upstreams.put(source, uri.resolve(path.substring(0, path.length() - tail.length()) + "/sandbox/showcase/"
                        + source.code()));
            }
        });
        return upstreams;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object context) {
        if (!settings.dailyIngest() && !settings.backfillOnFirstStart()) {
            return;
        }
        schedule = new AfterCatalogueThenDaily(scheduler, () -> settings.catalogueImported()
                || importedSources.importedSources().containsAll(settings.catalogueSources()), "price ingest", clock);
        schedule.start(settings.backfillOnFirstStart() ? Optional.of(this::backfillOnce) : Optional.empty(),
                settings.dailyIngest() ? Optional.of(settings.ingestAt()) : Optional.empty(), this::ingestToday);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.stop();
        }
    }

    private void backfillOnce() {
        try {
            LocalDate today = LocalDate.now(clock);
            backfill.backfill(new BackfillPricesCommand(today, settings.backfillDays(), settings.showcaseDays(),
                    settings.showcase(), true, Map.of(), settings.showcaseUpstreams(), settings.backfillRetryPauses()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Price backfill failed", e);
        }
    }

    void ingestToday() {
        try {
            daily.runDaily(LocalDate.now(clock));
        } catch (RuntimeException e) {
            // a thrown task would stop the schedule: tomorrow's run must still happen
            LOG.log(Level.SEVERE, "Daily price run failed", e);
        }
    }
}
