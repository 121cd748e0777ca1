package io.cardvault.application.port.out;

import io.cardvault.application.port.out.analytics.ExchangeRatesUnavailableException;
import io.cardvault.domain.analytics.EuroReferenceRates;
import java.util.List;

/** Outgoing port: the upstream of euro reference rates (the ECB's eurofxref documents). */
public interface ReadExchangeRatesPort {

    /** Every day the upstream document holds, oldest first. */
    List<EuroReferenceRates> read() throws ExchangeRatesUnavailableException;

    /** Where the rates come from, for the ingest log. */
    String upstream();
}
