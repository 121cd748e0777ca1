package io.cardvault.application.port.in.catalogue;

/**
 * Use case: bring the catalogue of one source (games, sets, cards, printings, variants) into the
 * platform's store. Re-running it with unchanged data changes nothing; ids stay stable.
 */
public interface ImportCatalogueUseCase {

    /**
     * @throws UnknownCatalogueSourceException when no source of that name is configured
     * @throws UnknownGameException when the source describes a game the platform does not cover
     */
    ImportReport importCatalogue(ImportCatalogueCommand command);
}
