package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.CatalogueImportJob;
import io.cardvault.application.port.in.catalogue.StartCatalogueImportUseCase;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Hands the import to the node's import slot; the import's sets bring their own transactions. */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class StartCatalogueImportService implements StartCatalogueImportUseCase {

    private final CatalogueImportJobs jobs;

    @Inject
    public StartCatalogueImportService(CatalogueImportJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public CatalogueImportJob start(List<String> sources) {
        return jobs.start(sources);
    }
}
