package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CatalogueStats;

import java.util.Optional;

/** Outgoing port: the catalogue's pre-aggregated counters, read without counting any rows. */
public interface LoadCatalogueStatsPort {

    Optional<CatalogueStats> loadStats();
}
