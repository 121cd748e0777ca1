package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.PriceStoreStats;

/** Use case: how much the price store holds. */
public interface GetPriceStoreStatsUseCase {

    PriceStoreStats priceStoreStats();
}
