package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;

/** Use case: a seller's own listings in every status, newest first: the seller dashboard. */
public interface ListSellerListingsUseCase {

    int MAX_LIMIT = 200;

    Slice<ListingView> list(AccountId seller, int limit, int offset);
}
