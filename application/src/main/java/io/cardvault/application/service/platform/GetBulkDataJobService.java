package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.BulkDataJob;
import io.cardvault.application.port.in.platform.GetBulkDataJobUseCase;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The latest rewrite an administrator started on this node. */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class GetBulkDataJobService implements GetBulkDataJobUseCase {

    private final BulkDataJobs jobs;

    @Inject
    public GetBulkDataJobService(BulkDataJobs jobs) {
        this.jobs = jobs;
    }

    /** For CDI's client proxy only. */
    protected GetBulkDataJobService() {
        this(null);
    }

    @Override
    public Optional<BulkDataJob> latest() {
        return jobs.latest();
    }
}
