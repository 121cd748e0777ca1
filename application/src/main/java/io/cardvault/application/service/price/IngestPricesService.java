package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.IngestPricesCommand;
import io.cardvault.application.port.in.price.IngestPricesUseCase;
import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.out.FetchPriceFilePort;
import io.cardvault.application.port.out.LoadPricedVariantsPort;
import io.cardvault.application.port.out.StorePricesPort;
import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.PriceFileRequest;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.price.PriceSource;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
public class IngestPricesService implements IngestPricesUseCase {

    private static final Logger LOG = Logger.getLogger(IngestPricesService.class.getName());
    /** The upstreams a day of prices is read from (daily run and backfill alike), in the order its files are written. */
    static final List<PriceSource> DAY_SOURCES = List.of(PriceSource.CARDMARKET, PriceSource.TCGCSV, PriceSource.PRICECHARTING);

    private final Map<PriceSource, FetchPriceFilePort> sources = new EnumMap<>(PriceSource.class);
    private final LoadPricedVariantsPort variants;
    private final StorePricesPort store;
    private final PriceFileRecorder recorder;
    private final boolean sandbox;

    @Inject
    public IngestPricesService(Instance<FetchPriceFilePort> sources, LoadPricedVariantsPort variants,
                               StorePricesPort store, PriceFileRecorder recorder, PriceIngestPolicy policy) {
        this(sources.stream().toList(), variants, store, recorder, policy);
    }

    IngestPricesService(List<FetchPriceFilePort> sources, LoadPricedVariantsPort variants, StorePricesPort store,
                        PriceFileRecorder recorder, PriceIngestPolicy policy) {
        sources.forEach(source -> this.sources.put(source.source(), source));
        this.variants = variants;
        this.store = store;
        this.recorder = recorder;
        this.sandbox = policy.sandbox();
    }

    /** For CDI's client proxy only. */
    protected IngestPricesService() {
        this.variants = null;
        this.store = null;
        this.recorder = null;
        this.sandbox = false;
    }

    @Override
    public IngestReport ingest(IngestPricesCommand command) {
        return ingest(command, new QuoteMapping(variants.pricedVariants()));
    }

    /** With the catalogue join already built (a backfill reuses it for hundreds of files). */
    IngestReport ingest(IngestPricesCommand command, QuoteMapping mapping) {
        return write(prepare(command, mapping), mapping);
    }

    /**
     * Everything before the transaction: fetch and parse the file, skip it if its bytes were
     * ingested before, join it to the catalogue. Touches no point, so a backfill runs it for the
     * next files while the current one is written.
     */
    Prepared prepare(IngestPricesCommand command, QuoteMapping mapping) {
        FetchPriceFilePort source = sources.get(command.source());
        if (source == null) {
            throw new IllegalArgumentException("no adapter ingests " + command.source().code());
        }
        FetchOutcome outcome = source.fetch(new PriceFileRequest(command.day(), command.history(), command.baseUrl()));
        if (outcome instanceof FetchOutcome.Failed failed) {
            RunStatus status = failed.reason() == FetchOutcome.Reason.MALFORMED ? RunStatus.REJECTED : RunStatus.FAILED;
            LOG.warning(() -> command.source().code() + " file from " + failed.upstream() + " " + status.name().toLowerCase()
                    + ", nothing written: " + failed.message());
            int runId = store.recordFailedRun(command.source(), failed.upstream(), sandbox, status, failed.message());
            return Prepared.done(new IngestReport(runId, command.source(), status.name().toLowerCase(), failed.upstream(), sandbox,
                    0, 0, 0, 0, failed.message()));
        }
        PriceFile file = ((FetchOutcome.Fetched) outcome).file();
        if (!command.force()) {
            OptionalInt before = store.findRunWithContent(file.source(), file.sha1());
            if (before.isPresent()) {
                String message = "same content as run " + before.getAsInt();
                int runId = store.recordFailedRun(file.source(), file.upstream(), file.sandbox(), RunStatus.UNCHANGED, message);
                return Prepared.done(new IngestReport(runId, file.source(), "unchanged", file.upstream(), file.sandbox(),
                        file.quotes().size(), 0, 0, 0, message));
            }
        }
        return new Prepared(file, mapping.points(file, command.scope()), null);
    }

    /** Writes a prepared file in its one transaction (or reports why nothing was to be written). */
    IngestReport write(Prepared prepared, QuoteMapping mapping) {
        return write(prepared, mapping, false);
    }

    /** {@code history}: a backfill's past day; its latest prices are settled by the backfill at its end. */
    IngestReport write(Prepared prepared, QuoteMapping mapping, boolean history) {
        return write(prepared, mapping, history, Optional.empty());
    }

    /**
     * {@code completesBackfillDay}: the file is the last of a first-start backfill's day whose other files
     * were stored; the day is recorded as backfilled with it (in its transaction), or, when its bytes were
     * stored by an earlier run, on its own. A file that fails records nothing.
     */
    IngestReport write(Prepared prepared, QuoteMapping mapping, boolean history, Optional<LocalDate> completesBackfillDay) {
        if (prepared.done() != null) {
            if ("unchanged".equals(prepared.done().status())) {
                completesBackfillDay.ifPresent(store::recordBackfilledDay);
            }
            return prepared.done();
        }
        PriceFile file = prepared.file();
        try {
            return recorder.record(file, prepared.points(), mapping, history, completesBackfillDay);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, file.source().code() + " file from " + file.upstream()
                    + " could not be stored; its transaction was rolled back", e);
            int runId = store.recordFailedRun(file.source(), file.upstream(), file.sandbox(), RunStatus.FAILED,
                    "store failed: " + e.getMessage());
            return new IngestReport(runId, file.source(), "failed", file.upstream(), file.sandbox(), file.quotes().size(), 0, 0, 0,
                    "store failed: " + e.getMessage());
        }
    }

    /** A fetched file joined to the catalogue, or ({@code done}) the report of a fetch that has nothing to write. */
    record Prepared(PriceFile file, List<SeriesPoint> points, IngestReport done) {

        static Prepared done(IngestReport report) {
            return new Prepared(null, List.of(), report);
        }
    }
}
