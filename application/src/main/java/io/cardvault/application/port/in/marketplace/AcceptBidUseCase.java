package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.BidId;

/**
 * Use case: the seller accepts a bid ({@code POST /api/bids/{id}/accept}): a transaction opens at the
 * bid's amount awaiting the bidder's payment, one copy is taken (the last marks the listing sold and
 * rejects the other pending bids), and the bidders are told. A bid on another seller's listing is
 * {@link BidNotFoundException}; refusals as for buy-now
 * ({@link io.cardvault.domain.marketplace.ListingUnavailableException}) and
 * {@link io.cardvault.domain.marketplace.BidNotPendingException}.
 */
public interface AcceptBidUseCase {

    TransactionView accept(AccountId seller, BidId bid);
}
