package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.RateTransactionCommand;
import io.cardvault.application.port.in.marketplace.RateTransactionUseCase;
import io.cardvault.application.port.out.RatingStorePort;
import io.cardvault.application.port.out.TransactionStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.marketplace.Rating;
import io.cardvault.domain.marketplace.Transaction;
import jakarta.inject.Inject;
import java.time.Clock;

/** A party's one rating of the other side; the store refuses a second, also when two arrive at once. */
@UseCase
public class RateTransactionService implements RateTransactionUseCase {

    private final TransactionStorePort transactions;
    private final RatingStorePort ratings;
    private final Clock clock;

    @Inject
    public RateTransactionService(TransactionStorePort transactions, RatingStorePort ratings) {
        this(transactions, ratings, Clock.systemUTC());
    }

    public RateTransactionService(TransactionStorePort transactions, RatingStorePort ratings, Clock clock) {
        this.transactions = transactions;
        this.ratings = ratings;
        this.clock = clock;
    }

    @Override
    public Rating rate(RateTransactionCommand command) {
        Transaction held = PartyTransactions.of(transactions, command.rater(), command.transaction());
        return ratings.add(held.rate(held.partyOf(command.rater()).orElseThrow(), command.stars(), command.review(),
                clock.instant()));
    }
}
