package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.CountPricePointsUseCase;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads the price_points counter the ingest keeps current. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class CountPricePointsService implements CountPricePointsUseCase {

    private final LoadPricesPort prices;

    @Inject
    public CountPricePointsService(LoadPricesPort prices) {
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected CountPricePointsService() {
        this(null);
    }

    @Override
    public long pricePoints() {
        return prices.pricePointCount();
    }
}
