package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.IngestPriceFilesUseCase;
import io.cardvault.application.port.in.price.IngestPricesCommand;
import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.out.BackfillProgressPort;
import io.cardvault.application.port.out.FetchPriceFilePort;
import io.cardvault.application.port.out.PriceRunLogPort;
import io.cardvault.application.port.out.ReadOutlierWindowsPort;
import io.cardvault.application.port.out.SettleLatestPricesPort;
import io.cardvault.application.port.out.WritePricePointsPort;
import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.PriceFileRequest;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PricedVariant;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fetches and fully parses a file OUTSIDE any transaction (an upstream may be slow), joins it to
 * the catalogue, then hands it to {@link PriceFileRecorder}, which writes it in one transaction.
 * A file whose bytes were ingested before is skipped ({@code unchanged}); a failed or rejected
 * fetch is recorded as a run of its own and writes no point.
 */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class IngestPriceFilesService implements IngestPriceFilesUseCase {

    private static final Logger LOG = Logger.getLogger(IngestPriceFilesService.class.getName());

    private final Map<PriceSource, FetchPriceFilePort> sources = new EnumMap<>(PriceSource.class);
    private final PriceRunLogPort runs;
    private final BackfillProgressPort progress;
    private final PriceFileRecorder recorder;
    private final boolean sandbox;
    /**
     * Runs started and not yet closed: a run closed while another is open (a day's file during a backfill)
     * leaves the other's cached series alone.
     */
    private final AtomicInteger openRuns = new AtomicInteger();

    @Inject
    IngestPriceFilesService(Instance<FetchPriceFilePort> sources, PriceRunLogPort runs, BackfillProgressPort progress,
                            PriceFileRecorder recorder, PriceIngestPolicy policy) {
        this(sources.stream().toList(), runs, progress, recorder, policy);
    }

    /**
     * Outside a container (the ingest benchmark): each file is written in the store's local
     * transactions (one per file when the caller opens the store's file transaction around
     * {@code write}, as the server's recorder is one JTA transaction), and {@code headlineChanged}
     * hears every change at once.
     */
    public IngestPriceFilesService(List<FetchPriceFilePort> sources, PriceRunLogPort runs, BackfillProgressPort progress,
                                   ReadOutlierWindowsPort windows, WritePricePointsPort points, SettleLatestPricesPort latest,
                                   Event<HeadlinePricesChanged> headlineChanged, PriceIngestPolicy policy) {
        this(sources, runs, progress, new PriceFileRecorder(runs, progress, windows, points, latest, headlineChanged), policy);
    }

    IngestPriceFilesService(List<FetchPriceFilePort> sources, PriceRunLogPort runs, BackfillProgressPort progress,
                            PriceFileRecorder recorder, PriceIngestPolicy policy) {
        sources.forEach(source -> this.sources.put(source.source(), source));
        this.runs = runs;
        this.progress = progress;
        this.recorder = recorder;
        this.sandbox = policy.sandbox();
    }

    /** For CDI's client proxy only. */
    protected IngestPriceFilesService() {
        this.runs = null;
        this.progress = null;
        this.recorder = null;
        this.sandbox = false;
    }

    @Override
    public PriceFileRun startRun(List<PricedVariant> catalogue) {
        Run run = new Run(new QuoteMapping(catalogue));
        openRuns.incrementAndGet();
        return run;
    }

    /** A run was closed; the last one open lets the store's cached series go. */
    private void runClosed() {
        if (openRuns.decrementAndGet() == 0) {
            // a run started just now finds the store's caches empty and reads its series back: slower, never wrong
            recorder.runsEnded();
        }
    }

    /** The files of one run, joined to one catalogue mapping. */
    private final class Run implements PriceFileRun {

        private final QuoteMapping mapping;
        private final AtomicBoolean closed = new AtomicBoolean();

        Run(QuoteMapping mapping) {
            this.mapping = mapping;
        }

        @Override
        public PreparedPriceFile prepare(IngestPricesCommand command) {
            return IngestPriceFilesService.this.prepare(command, mapping);
        }

        @Override
        public IngestReport write(PreparedPriceFile file, boolean settleLater, Optional<LocalDate> completesBackfillDay) {
            if (!(file instanceof Prepared prepared) || prepared.mapping() != mapping) {
                throw new IllegalArgumentException("a file is written by the run that prepared it");
            }
            return IngestPriceFilesService.this.write(prepared, settleLater, completesBackfillDay);
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                runClosed();
            }
        }
    }

    private Prepared prepare(IngestPricesCommand command, QuoteMapping mapping) {
        FetchPriceFilePort source = sources.get(command.source());
        if (source == null) {
            throw new IllegalArgumentException("no adapter ingests " + command.source().code());
        }
        FetchOutcome outcome = source.fetch(new PriceFileRequest(command.day(), command.history(), command.baseUrl()));
        if (outcome instanceof FetchOutcome.Failed failed) {
            RunStatus status = failed.reason() == FetchOutcome.Reason.MALFORMED ? RunStatus.REJECTED : RunStatus.FAILED;
            String name = status.name().toLowerCase(Locale.ROOT);
            LOG.warning(() -> command.source().code() + " file from " + failed.upstream() + " " + name
                    + ", nothing written: " + failed.message());
            int runId = runs.recordFailedRun(command.source(), failed.upstream(), sandbox, status, failed.message());
            return Prepared.done(command, mapping, new IngestReport(runId, command.source(), name, failed.upstream(), sandbox,
                    0, 0, 0, 0, failed.message()), failed.reason() == FetchOutcome.Reason.UNAVAILABLE);
        }
        PriceFile file = ((FetchOutcome.Fetched) outcome).file();
        if (!command.force()) {
            OptionalInt before = runs.findRunWithContent(file.source(), file.sha1());
            if (before.isPresent()) {
                String message = "same content as run " + before.getAsInt();
                int runId = runs.recordFailedRun(file.source(), file.upstream(), file.sandbox(), RunStatus.UNCHANGED, message);
                return Prepared.done(command, mapping, new IngestReport(runId, file.source(), "unchanged", file.upstream(),
                        file.sandbox(), file.quotes().size(), 0, 0, 0, message), false);
            }
        }
        return new Prepared(command, mapping, file, mapping.points(file, command.scope()), null, false);
    }

    private IngestReport write(Prepared prepared, boolean settleLater, Optional<LocalDate> completesBackfillDay) {
        if (prepared.done() != null) {
            if ("unchanged".equals(prepared.done().status())) {
                completesBackfillDay.ifPresent(progress::recordBackfilledDay);
            }
            return prepared.done();
        }
        PriceFile file = prepared.file();
        try {
            return recorder.record(file, prepared.points(), prepared.mapping(), settleLater, completesBackfillDay);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, file.source().code() + " file from " + file.upstream()
                    + " could not be stored; its transaction was rolled back", e);
            int runId = runs.recordFailedRun(file.source(), file.upstream(), file.sandbox(), RunStatus.FAILED,
                    "store failed: " + e.getMessage());
            return new IngestReport(runId, file.source(), "failed", file.upstream(), file.sandbox(), file.quotes().size(), 0, 0, 0,
                    "store failed: " + e.getMessage());
        }
    }

    /** A fetched file joined to the catalogue, or ({@code done}) the report of a fetch that has nothing to write. */
    private record Prepared(IngestPricesCommand command, QuoteMapping mapping, PriceFile file, List<SeriesPoint> points,
                            IngestReport done, boolean upstreamUnavailable) implements PreparedPriceFile {

        static Prepared done(IngestPricesCommand command, QuoteMapping mapping, IngestReport report, boolean unavailable) {
            return new Prepared(command, mapping, null, List.of(), report, unavailable);
        }
    }
}
