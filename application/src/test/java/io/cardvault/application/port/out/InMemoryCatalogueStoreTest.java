package io.cardvault.application.port.out;

/** The fake obeys the same contract as the real store, so service tests on it mean something. */
class InMemoryCatalogueStoreTest extends StoreCataloguePortContract {

    private final InMemoryCatalogueStore fake = new InMemoryCatalogueStore(POKEMON);

    @Override
    protected StoreCataloguePort store() {
        return fake;
    }

    @Override
    protected LoadCatalogueStatsPort stats() {
        return fake;
    }
}
