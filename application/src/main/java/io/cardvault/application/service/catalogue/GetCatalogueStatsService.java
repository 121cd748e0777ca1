package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.GetCatalogueStatsUseCase;
import io.cardvault.application.port.out.LoadCatalogueStatsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CatalogueStats;
import jakarta.inject.Inject;
import java.util.Optional;

/** Reads the counters the import keeps current. */
@UseCase
public class GetCatalogueStatsService implements GetCatalogueStatsUseCase {

    private final LoadCatalogueStatsPort counters;

    @Inject
    public GetCatalogueStatsService(LoadCatalogueStatsPort counters) {
        this.counters = counters;
    }

    @Override
    public Optional<CatalogueStats> stats() {
        return counters.loadStats();
    }
}
