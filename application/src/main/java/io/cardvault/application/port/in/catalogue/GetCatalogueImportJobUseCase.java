package io.cardvault.application.port.in.catalogue;

import java.util.Optional;

/** Use case: the node's latest catalogue import, running or finished; empty when none has run since start. */
public interface GetCatalogueImportJobUseCase {

    Optional<CatalogueImportJob> latestImport();
}
