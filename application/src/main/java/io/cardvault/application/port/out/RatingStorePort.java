package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.DuplicateRatingException;
import io.cardvault.domain.marketplace.Rating;
import io.cardvault.domain.marketplace.Reputation;
import io.cardvault.domain.marketplace.TransactionId;
import java.util.List;

/** Outgoing port: the ratings the parties of transactions give each other. */
public interface RatingStorePort {

    /**
     * Stores a new rating and returns it with its id. A second rating by the same rater of the same
     * transaction is refused with {@link DuplicateRatingException}, also when two arrive at once.
     */
    Rating add(Rating rating);

    /** The ratings given on the transaction (none, one or both parties'), oldest first. */
    List<Rating> findByTransaction(TransactionId transaction);

    /** What {@code ratee} received: how many ratings, their average, and the {@code recent} newest (ties by id, newest first). */
    Reputation reputationOf(AccountId ratee, int recent);
}
