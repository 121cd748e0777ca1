package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.ListingId;

/**
 * Use case: a seller extends an active or expired listing of theirs by 30 days
 * ({@code POST /seller/listings/{id}/renew}); a second call within 60 s changes nothing and answers
 * the same. Another seller's listing is {@link ListingNotFoundException}.
 */
public interface RenewListingUseCase {

    ListingView renew(AccountId seller, ListingId listing);
}
