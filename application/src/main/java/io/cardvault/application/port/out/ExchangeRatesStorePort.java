package io.cardvault.application.port.out;

import io.cardvault.domain.analytics.EuroReferenceRates;
import java.util.List;
import java.util.Optional;

/** Outgoing port: stored euro reference rates, one row per currency and day (a re-ingest of a day overwrites it). */
public interface ExchangeRatesStorePort {

    /** Stores the days given; returns how many (currency, day) rates were written. */
    int store(List<EuroReferenceRates> days);

    Optional<EuroReferenceRates> latest();
}
