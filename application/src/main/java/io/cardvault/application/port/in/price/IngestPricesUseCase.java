package io.cardvault.application.port.in.price;

/** Use case: fetch one upstream price file and store it whole, or record why not. */
public interface IngestPricesUseCase {

    IngestReport ingest(IngestPricesCommand command);
}
