package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.CatalogueImportJob;
import io.cardvault.application.port.in.catalogue.GetCatalogueImportJobUseCase;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetCatalogueImportJobService implements GetCatalogueImportJobUseCase {

    private final CatalogueImportJobs jobs;

    @Inject
    public GetCatalogueImportJobService(CatalogueImportJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Optional<CatalogueImportJob> latestImport() {
        return jobs.latest();
    }
}
