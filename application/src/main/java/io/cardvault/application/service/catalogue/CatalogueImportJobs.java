package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.CatalogueImportJob;
import io.cardvault.application.port.in.catalogue.CatalogueImportJob.SourceFailure;
import io.cardvault.application.port.in.catalogue.CatalogueImportJob.State;
import io.cardvault.application.port.in.catalogue.CatalogueImportRunningException;
import io.cardvault.application.port.in.catalogue.ImportCatalogueCommand;
import io.cardvault.application.port.in.catalogue.ImportCatalogueUseCase;
import io.cardvault.application.port.in.catalogue.ImportReport;
import io.cardvault.application.port.in.catalogue.UnknownCatalogueSourceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node's one import slot: runs a job's sources one after another on the server's executor and
 * keeps the latest job for operators to follow. A node-local slot is enough: an import is
 * idempotent (natural keys, one transaction per set), so two nodes importing at once only repeat
 * work, and the store never holds a half-written set.
 */
@ApplicationScoped
public class CatalogueImportJobs {

    private static final Logger LOG = Logger.getLogger(CatalogueImportJobs.class.getName());

    private final ImportCatalogueUseCase importCatalogue;
    private final CatalogueImportPolicy policy;
    private final Executor executor;
    private final Clock clock;
    private CatalogueImportJob latest;
    private long started;

    @Inject
    public CatalogueImportJobs(ImportCatalogueUseCase importCatalogue, CatalogueImportPolicy policy, Executor executor) {
        this(importCatalogue, policy, executor, Clock.systemUTC());
    }

    CatalogueImportJobs(ImportCatalogueUseCase importCatalogue, CatalogueImportPolicy policy, Executor executor, Clock clock) {
        this.importCatalogue = importCatalogue;
        this.policy = policy;
        this.executor = executor;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected CatalogueImportJobs() {
        this(null, null, null, null);
    }

    synchronized CatalogueImportJob start(List<String> requested) {
        List<String> sources = requested.isEmpty() ? policy.sources() : List.copyOf(requested);
        sources.stream().filter(source -> !policy.sources().contains(source)).findFirst().ifPresent(unknown -> {
            throw new UnknownCatalogueSourceException(unknown);
        });
        if (latest != null && latest.state() == State.RUNNING) {
            throw new CatalogueImportRunningException(latest);
        }
        CatalogueImportJob job = new CatalogueImportJob(++started, State.RUNNING, sources, clock.instant(), null, List.of(), List.of());
        latest = job;
        executor.execute(() -> run(job));
        return job;
    }

    synchronized Optional<CatalogueImportJob> latest() {
        return Optional.ofNullable(latest);
    }

    private void run(CatalogueImportJob job) {
        List<ImportReport> reports = new ArrayList<>();
        List<SourceFailure> failures = new ArrayList<>();
        List<String> sources = job.sources();
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            try {
                // the search index is rebuilt once, after the last source (should that one fail, the
                // index still notices the catalogue's change itself, as other nodes do)
                reports.add(importCatalogue.importCatalogue(new ImportCatalogueCommand(source, i == sources.size() - 1)));
            } catch (RuntimeException e) {
                // one unreadable source must not keep the others out
                LOG.log(Level.SEVERE, "Catalogue import from " + source + " failed", e);
                failures.add(new SourceFailure(source, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
            progress(job, reports, failures, State.RUNNING);
        }
        progress(job, reports, failures, failures.isEmpty() ? State.COMPLETED : State.FAILED);
    }

    private synchronized void progress(CatalogueImportJob job, List<ImportReport> reports, List<SourceFailure> failures,
                                       State state) {
        latest = new CatalogueImportJob(job.number(), state, job.sources(), job.startedAt(),
                state == State.RUNNING ? null : clock.instant(), reports, failures);
    }
}
