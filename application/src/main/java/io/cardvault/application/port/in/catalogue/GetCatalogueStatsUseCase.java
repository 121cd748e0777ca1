package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CatalogueStats;
import java.util.Optional;

/** Use case: the catalogue's counters (sets, cards, printings, variants, per game), never a live count. */
public interface GetCatalogueStatsUseCase {

    /** Empty until the first import has written any counter. */
    Optional<CatalogueStats> stats();
}
