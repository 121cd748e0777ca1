package io.cardvault.application.port.in.price;

/** Use case: how many price points the store holds, from the pre-aggregated counter. */
public interface CountPricePointsUseCase {

    long pricePoints();
}
