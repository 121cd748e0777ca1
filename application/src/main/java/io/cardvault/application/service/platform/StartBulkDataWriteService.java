package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.BulkDataJob;
import io.cardvault.application.port.in.platform.StartBulkDataWriteUseCase;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Hands the rewrite to the node's slot; the rewrite itself runs outside any transaction. */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class StartBulkDataWriteService implements StartBulkDataWriteUseCase {

    private final BulkDataJobs jobs;

    @Inject
    public StartBulkDataWriteService(BulkDataJobs jobs) {
        this.jobs = jobs;
    }

    /** For CDI's client proxy only. */
    protected StartBulkDataWriteService() {
        this(null);
    }

    @Override
    public BulkDataJob start() {
        return jobs.start();
    }
}
