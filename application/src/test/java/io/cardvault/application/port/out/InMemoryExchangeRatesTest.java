package io.cardvault.application.port.out;

/** The fake keeps the rate store's contract. */
class InMemoryExchangeRatesTest extends ExchangeRatesStorePortContract {

    @Override
    protected ExchangeRatesStorePort emptyStore() {
        return new InMemoryExchangeRates();
    }
}
