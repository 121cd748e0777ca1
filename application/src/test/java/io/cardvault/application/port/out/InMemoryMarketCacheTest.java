package io.cardvault.application.port.out;

/** The fake keeps the caches' contract, so service tests on it mean something. */
class InMemoryMarketCacheTest extends MarketCachePortContract {

    private final InMemoryMarketCache fake = new InMemoryMarketCache();

    @Override
    protected MarketAggregatesCachePort views() {
        return fake;
    }

    @Override
    protected CardAnalyticsCachePort cards() {
        return fake;
    }
}
