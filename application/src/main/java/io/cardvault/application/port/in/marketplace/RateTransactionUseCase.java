package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.marketplace.Rating;

/**
 * Use case: a party rates the other once the card has arrived. A second rating by the same party is
 * {@link io.cardvault.domain.marketplace.DuplicateRatingException}; too early
 * {@link io.cardvault.domain.marketplace.RatingNotOpenException}; a non-party
 * {@link TransactionNotFoundException}.
 */
public interface RateTransactionUseCase {

    Rating rate(RateTransactionCommand command);
}
