package io.cardvault.application.port.in.notification;

import io.cardvault.domain.price.HeadlinePricesChanged;

/**
 * Use case: judges the active price alerts and the wishes with a max price on the cards a
 * committed ingest moved; each one that fires is marked, written to its owner's feed, pushed on
 * {@code user:<id>} and mailed when the owner's settings say so.
 */
public interface FirePriceWatchesUseCase {

    FiredPriceWatches fire(HeadlinePricesChanged changed);
}
