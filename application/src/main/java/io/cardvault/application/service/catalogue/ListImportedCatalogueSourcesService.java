package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.ListImportedCatalogueSourcesUseCase;
import io.cardvault.application.port.out.StoreCataloguePort;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import java.util.Set;
import jakarta.transaction.Transactional;

/** Reads the completed imports the store recorded. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
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
