package io.cardvault.application.port.in.catalogue;

import java.util.List;

/**
 * Use case: import catalogue sources on demand, in the background. One import runs at a time on a
 * node: the first-start import and an operator's request share the same slot.
 */
public interface StartCatalogueImportUseCase {

    /**
     * Starts importing {@code sources} in the given order ({@code sources} empty: every configured
     * source) and returns the running job at once.
     *
     * @throws UnknownCatalogueSourceException when a name is not a configured source
     * @throws CatalogueImportRunningException when an import is already running on this node
     */
    CatalogueImportJob start(List<String> sources);
}
