package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.marketplace.ListingId;

/**
 * Use case: one listing in whatever status it is ({@code GET /api/listings/{id}}: a sold listing
 * stays readable for its buyer's and seller's records). Unknown id: {@link ListingNotFoundException}.
 */
public interface GetListingUseCase {

    ListingView get(ListingId listing);
}
