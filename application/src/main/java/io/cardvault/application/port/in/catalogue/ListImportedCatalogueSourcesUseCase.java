package io.cardvault.application.port.in.catalogue;

import java.util.Set;

/** Use case: which catalogue sources an import ran to the end of, so a start-up can finish what was cut short. */
public interface ListImportedCatalogueSourcesUseCase {

    Set<String> importedSources();
}
