package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.GetPriceStoreStatsUseCase;
import io.cardvault.application.port.out.LoadPriceStoreStatsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.price.PriceStoreStats;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads the price store's counters. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetPriceStoreStatsService implements GetPriceStoreStatsUseCase {

    private final LoadPriceStoreStatsPort stats;

    @Inject
    public GetPriceStoreStatsService(LoadPriceStoreStatsPort stats) {
        this.stats = stats;
    }

    /** For CDI's client proxy only. */
    protected GetPriceStoreStatsService() {
        this.stats = null;
    }

    @Override
    public PriceStoreStats priceStoreStats() {
        return stats.priceStoreStats();
    }
}
