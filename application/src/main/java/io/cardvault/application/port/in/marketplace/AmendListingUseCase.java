package io.cardvault.application.port.in.marketplace;

/**
 * Use case: a seller changes an active listing of theirs. Another seller's listing is
 * {@link ListingNotFoundException}; a sold, expired or withdrawn one is
 * {@link io.cardvault.domain.marketplace.ListingNotActiveException}.
 */
public interface AmendListingUseCase {

    ListingView amend(AmendListingCommand command);
}
