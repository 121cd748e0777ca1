package io.cardvault.application.port.out;

import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFileRequest;
import io.cardvault.domain.price.PriceSource;

/** Outgoing port: one upstream price source; fetches and fully parses one file, never throws for upstream trouble. */
public interface FetchPriceFilePort {

    PriceSource source();

    FetchOutcome fetch(PriceFileRequest request);
}
