package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.ListImportedCatalogueSourcesUseCase;
import io.cardvault.application.port.out.StoreCataloguePort;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import java.util.Set;

/** Reads the completed imports the store recorded. */
@UseCase
public class ListImportedCatalogueSourcesService implements ListImportedCatalogueSourcesUseCase {

    private final StoreCataloguePort store;

    @Inject
    public ListImportedCatalogueSourcesService(StoreCataloguePort store) {
        this.store = store;
    }

    @Override
    public Set<String> importedSources() {
        return store.importedSources();
    }
}
