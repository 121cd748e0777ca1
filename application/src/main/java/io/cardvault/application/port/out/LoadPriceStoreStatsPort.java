package io.cardvault.application.port.out;

import io.cardvault.domain.price.PriceStoreStats;

/** Outgoing port: the price store's counters (the sandbox market shows them to demos and tests). */
public interface LoadPriceStoreStatsPort {

    PriceStoreStats priceStoreStats();
}
