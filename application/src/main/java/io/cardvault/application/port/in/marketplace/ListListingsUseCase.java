package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.catalogue.Slice;

/** Use case: browse the listings on sale (active, not past expiry), newest first. */
public interface ListListingsUseCase {

    Slice<ListingView> list(ListingQuery query);
}
