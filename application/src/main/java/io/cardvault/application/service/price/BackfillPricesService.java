package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.BackfillPricesCommand;
import io.cardvault.application.port.in.price.BackfillPricesUseCase;
import io.cardvault.application.port.in.price.BackfillReport;
import io.cardvault.application.port.in.price.IngestPriceFilesUseCase;
import io.cardvault.application.port.in.price.IngestPriceFilesUseCase.PreparedPriceFile;
import io.cardvault.application.port.in.price.IngestPriceFilesUseCase.PriceFileRun;
import io.cardvault.application.port.in.price.IngestPricesCommand;
import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.in.price.IngestScope;
import io.cardvault.application.port.in.price.Showcase;
import io.cardvault.application.port.out.BackfillProgressPort;
import io.cardvault.application.port.out.JobLeasePort;
import io.cardvault.application.port.out.LoadPricedVariantsPort;
import io.cardvault.application.port.out.SettleLatestPricesPort;
import io.cardvault.application.port.out.TakePriceSnapshotPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.DailySnapshotTaken;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.MarketPriceType;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.PricedVariant;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Walks the days oldest first (so every point's outlier window is the history before it) and
 * ingests each source's file of that day, one transaction per file, written in that order while
 * the next {@value #LOOKAHEAD} files are fetched, parsed and joined on the server's executor. Point budget (decisions.md §21):
 * within the last {@code days}, every card's market series (its primary variant: Cardmarket trend,
 * TCGplayer market, PriceCharting loose) plus PSA 10 and "graded 9" for the showcase; before that,
 * the same for showcase variants only; today, every series of every variant. Then the snapshot of
 * the whole window and the per-card summary. The first-start backfill records each day whose files
 * all stored, in the transaction of the day's last file, and an interrupted one resumes with the day
 * after the newest such day (decisions.md §27).
 */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class BackfillPricesService implements BackfillPricesUseCase {

    private static final Logger LOG = Logger.getLogger(BackfillPricesService.class.getName());
    /** The slabs whose history is backfilled: the top explicit grade and PriceCharting's company-agnostic 9. */
    static final Set<Grading> HISTORY_GRADINGS = Set.of(Grading.of(GradingCompany.PSA, "10"),
            Grading.of(GradingCompany.OTHER, "9"));
    static final String FIRST_START_JOB = "prices-backfill";
    /**
     * The first-start backfill on one node of a cluster: held, not released (once done, its completion record
     * answers); a node that died mid-way holds it until it lapses, or takes it back itself when it restarts.
     */
    static final Duration FIRST_START_LEASE = Duration.ofHours(2);
    /** Files fetched ahead of the one being written: a day of the three sources. */
    static final int LOOKAHEAD = 3;
    private static final List<PriceSource> SOURCES = IngestPricesService.DAY_SOURCES;

    private final IngestPriceFilesUseCase ingest;
    private final LoadPricedVariantsPort variants;
    private final TakePriceSnapshotPort snapshots;
    private final BackfillProgressPort progress;
    private final SettleLatestPricesPort latest;
    private final Event<DailySnapshotTaken> snapshotTaken;
    private final Executor executor;
    private final JobLeasePort leases;

    @Inject
    public BackfillPricesService(IngestPriceFilesUseCase ingest, LoadPricedVariantsPort variants,
                                 TakePriceSnapshotPort snapshots, BackfillProgressPort progress, SettleLatestPricesPort latest,
                                 Event<DailySnapshotTaken> snapshotTaken, Executor executor, JobLeasePort leases) {
        this.executor = executor;
        this.leases = leases;
        this.ingest = ingest;
        this.variants = variants;
        this.snapshots = snapshots;
        this.progress = progress;
        this.latest = latest;
        this.snapshotTaken = snapshotTaken;
    }

    /** For CDI's client proxy only. */
    protected BackfillPricesService() {
        this.ingest = null;
        this.variants = null;
        this.snapshots = null;
        this.progress = null;
        this.latest = null;
        this.snapshotTaken = null;
        this.executor = null;
        this.leases = null;
    }

    @Override
    public BackfillReport backfill(BackfillPricesCommand command) {
        long started = System.nanoTime();
        if (command.once() && progress.backfillCompleted()) {
            LOG.info("Price history was backfilled before; no backfill on this start");
            return new BackfillReport(0, 0, 0, 0, 0, Duration.ZERO);
        }
        if (command.once() && !leases.tryAcquire(FIRST_START_JOB, FIRST_START_LEASE)) {
            LOG.info("Another node is backfilling price history; no backfill on this start");
            return new BackfillReport(0, 0, 0, 0, 0, Duration.ZERO);
        }
        // only the first-start backfill keeps progress: one asked for (a benchmark, a few sets) runs whole
        boolean resumable = command.once() && !command.partial();
        Optional<LocalDate> doneUpTo = resumable ? progress.lastBackfilledDay() : Optional.empty();
        List<PricedVariant> all = variants.pricedVariants();
        // immutable once: every file's scope (IngestScope copies what it is given) then shares these sets; as HashSets
        // each of the run's ~2,200 files held its own copy, ~0.25 GB for a backfill of every game (issue 21)
        Set<VariantId> showcase = Set.copyOf(command.showcase().variantsOf(all));
        Set<VariantId> primaries = all.stream().filter(PricedVariant::primary).map(PricedVariant::variantId)
                .collect(Collectors.toSet());
        LOG.info(() -> String.format("Price backfill: %d priced variants, %d in the showcase; %d days for all, %d for the showcase",
                all.size(), showcase.size(), command.days(), command.showcaseDays()));
        Set<PriceType> market = SOURCES.stream().map(MarketPriceType::of).collect(Collectors.toSet());
        // the showcase's other variants (a 1st Edition beside the primary Unlimited) keep their daily history to today
        Set<VariantId> recentOrShowcase = new HashSet<>(primaries);
        recentOrShowcase.addAll(showcase);
        Set<VariantId> recent = Set.copyOf(recentOrShowcase);
        int oldest = Math.max(command.days(), command.showcaseDays());
        List<IngestPricesCommand> files = new ArrayList<>();
        for (int back = oldest; back >= 0; back--) {
            LocalDate day = command.today().minusDays(back);
            if (doneUpTo.isPresent() && !day.isAfter(doneUpTo.get())) {
                continue;
            }
            boolean showcaseOnly = back > command.days();
            IngestScope scope;
            if (back == 0) {
                scope = IngestScope.ALL;
            } else if (showcaseOnly) {
                scope = new IngestScope(market, showcase, false, showcase, HISTORY_GRADINGS);
            } else {
                scope = new IngestScope(market, recent, false, showcase, HISTORY_GRADINGS);
            }
            for (PriceSource source : SOURCES) {
                files.add(new IngestPricesCommand(source, day, back > 0,
                        Optional.ofNullable(command.upstream(source, showcaseOnly)), false, scope));
            }
        }
        if (doneUpTo.isPresent()) {
            int left = files.size();
            LOG.info(() -> String.format("Price backfill resumes after %s, the newest day it stored whole: %d files left",
                    doneUpTo.get(), left));
        }
        int failed = 0;
        // days are recorded as done while every file so far stored; after a failure the next start redoes from there
        boolean clean = true;
        boolean sandbox = false;
        long read = 0;
        long written = 0;
        // files are written strictly in order (each point's outlier window is the history before it);
        // the next ones are fetched, parsed and joined meanwhile, which touches no stored point
        // closed once the last file is written: the store's series caches (~0.45 GB after a first start's backfill)
        // go then, not after an idle spell, and not only once the settling and the snapshots below are done
        try (PriceFileRun run = ingest.startRun(all)) {
            Deque<CompletableFuture<PreparedPriceFile>> ahead = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() && ahead.size() < LOOKAHEAD) {
                ahead.add(prepare(run, files.get(next++)));
            }
            // an unreachable upstream (a source restarting, a server too busy to answer its own sandbox) is waited for
            // once per run: after one file has used every pause, the source counts as down and the rest get one try
            boolean patient = !command.retryPauses().isEmpty();
            for (IngestPricesCommand file : files) {
                PreparedPriceFile prepared = await(ahead.poll());
                if (next < files.size()) {
                    ahead.add(prepare(run, files.get(next++)));
                }
                if (prepared.upstreamUnavailable() && patient) {
                    prepared = retried(run, prepared, command.retryPauses());
                    patient = !prepared.upstreamUnavailable();
                }
                boolean lastOfDay = file.source() == SOURCES.get(SOURCES.size() - 1);
                Optional<LocalDate> completesDay = resumable && clean && lastOfDay ? Optional.of(file.day()) : Optional.empty();
                // past days leave the latest prices alone: settled once below, not moved on each of hundreds of days
                IngestReport report = run.write(prepared, file.history(), completesDay);
                read += report.pointsRead();
                written += report.pointsWritten();
                if (!"ok".equals(report.status()) && !"unchanged".equals(report.status())) {
                    failed++;
                    clean = false;
                }
                sandbox |= report.sandbox();
                long back = file.day().until(command.today(), ChronoUnit.DAYS);
                if (back % 30 == 0 && lastOfDay) {
                    long soFar = written;
                    LOG.info(() -> String.format("Price backfill at %s: %d points written", file.day(), soFar));
                }
            }
        }
        int fileCount = files.size();
        long writtenSoFar = written;
        LOG.info(() -> String.format("Price backfill: %d files, %d points written in %d s", fileCount, writtenSoFar,
                (System.nanoTime() - started) / 1_000_000_000));
        long settleStarted = System.nanoTime();
        int settled = latest.settleLatest();
        LOG.info(() -> String.format("Price backfill: %d latest prices settled from the history in %d ms", settled,
                (System.nanoTime() - settleStarted) / 1_000_000));
        LocalDate from = command.today().minusDays(oldest);
        long snapshotStarted = System.nanoTime();
        snapshots.snapshot(from, command.today().minusDays(1));
        int snapshotRows = snapshots.snapshot(command.today(), command.today());
        LOG.info(() -> String.format("Price backfill: snapshot of %s..%s in %d s", from, command.today(),
                (System.nanoTime() - snapshotStarted) / 1_000_000_000));
        if (!command.partial()) {
            // the per-card summary (best price, 7-day change) is the whole store's; a backfill of a few sets leaves it
            // to the next daily snapshot rather than re-summarising every card for them
            snapshots.summarise(command.today());
        }
        // the history is in place: what follows a daily snapshot (dashboards, prices_refreshed) follows now
        snapshotTaken.fire(new DailySnapshotTaken(command.today(), snapshotRows));
        BackfillReport report = new BackfillReport(fileCount, failed, read, written, snapshotRows,
                Duration.ofNanos(System.nanoTime() - started));
        if (failed == 0 && !command.partial()) {
            progress.recordBackfillCompleted(sandbox, String.format("%d files, %d points written, %d snapshot rows of %s, in %s",
                    fileCount, written, snapshotRows, command.today(), report.duration()));
        }
        LOG.info(() -> String.format("Price backfill done: %d files (%d failed), %d points written in %s (%.0f points/s)",
                report.files(), report.failedFiles(), report.pointsWritten(), report.duration(), report.pointsPerSecond()));
        return report;
    }

    /** Fetches {@code failed}'s file again after each pause until its upstream answers or the pauses are spent. */
    private static PreparedPriceFile retried(PriceFileRun run, PreparedPriceFile failed, List<Duration> pauses) {
        PreparedPriceFile prepared = failed;
        for (Duration pause : pauses) {
            IngestPricesCommand file = prepared.command();
            LOG.info(() -> String.format("Price backfill: %s file of %s unreachable, asked again in %d s",
                    file.source().code(), file.day(), pause.toSeconds()));
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return prepared;
            }
            prepared = run.prepare(file);
            if (!prepared.upstreamUnavailable()) {
                return prepared;
            }
        }
        IngestPricesCommand file = prepared.command();
        LOG.warning(() -> String.format("Price backfill: %s still unreachable for %s after %d attempts; the files after it "
                + "get one attempt each, and the next start redoes the backfill from the first day that failed",
                file.source().code(), file.day(), pauses.size() + 1));
        return prepared;
    }

    private CompletableFuture<PreparedPriceFile> prepare(PriceFileRun run, IngestPricesCommand file) {
        return CompletableFuture.supplyAsync(() -> run.prepare(file), executor);
    }

    private static PreparedPriceFile await(CompletableFuture<PreparedPriceFile> prepared) {
        try {
            return prepared.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
