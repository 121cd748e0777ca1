package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.IngestExchangeRatesUseCase;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.ReadExchangeRatesPort;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;

/** Reads the ECB document and stores every day in it in one transaction (a day already stored is overwritten). */
@UseCase
public class IngestExchangeRatesService implements IngestExchangeRatesUseCase {

    private final ReadExchangeRatesPort upstream;
    private final ExchangeRatesStorePort store;

    @Inject
    public IngestExchangeRatesService(ReadExchangeRatesPort upstream, ExchangeRatesStorePort store) {
        this.upstream = upstream;
        this.store = store;
    }

    /** For CDI's client proxy only. */
    protected IngestExchangeRatesService() {
        this(null, null);
    }

    @Override
    public int ingest() {
        return store.store(upstream.read());
    }
}
