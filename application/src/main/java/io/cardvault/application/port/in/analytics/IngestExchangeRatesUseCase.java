package io.cardvault.application.port.in.analytics;


/** Use case: read the euro reference rates upstream and store them; returns how many rates were written. */
public interface IngestExchangeRatesUseCase {

    int ingest();
}
