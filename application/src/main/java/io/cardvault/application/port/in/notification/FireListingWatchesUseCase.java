package io.cardvault.application.port.in.notification;

import io.cardvault.domain.marketplace.ListingPublished;

/**
 * Use case: the price watches on a card judge a new listing of it, after that listing's commit.
 * A {@code below} alert whose target the listing's price meets fires (once, as on a price change);
 * a wish whose max price it meets notifies. The message links to the listing. {@code above} alerts
 * are about the market rising and ignore listings.
 */
public interface FireListingWatchesUseCase {

    FiredPriceWatches fire(ListingPublished listing);
}
