package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.GetCatalogueStatsUseCase;
import io.cardvault.application.port.out.LoadCatalogueStatsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CatalogueStats;
import jakarta.inject.Inject;
import java.util.Optional;
import jakarta.transaction.Transactional;

/** Reads the counters the import keeps current. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
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
