package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.catalogue.Slice;

/** Use case: a seller's own listings in every status (or one), newest first: the seller dashboard. */
public interface ListSellerListingsUseCase {

    Slice<ListingView> list(SellerListingsQuery query);
}
