package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.DuplicateRatingException;
import io.cardvault.domain.marketplace.Rating;
import io.cardvault.domain.marketplace.RatingId;
import io.cardvault.domain.marketplace.Reputation;
import io.cardvault.domain.marketplace.TransactionId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The rating store in memory; one rating per rater and transaction, as the database's unique key keeps it. */
public class InMemoryRatingStore implements RatingStorePort {

    private final Map<Long, Rating> ratings = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized Rating add(Rating rating) {
        boolean rated = ratings.values().stream().anyMatch(
                held -> held.transaction().equals(rating.transaction()) && held.rater().equals(rating.rater()));
        if (rated) {
            throw new DuplicateRatingException();
        }
        Rating stored = rating.stored(new RatingId(ids.incrementAndGet()));
        ratings.put(stored.id().orElseThrow().value(), stored);
        return stored;
    }

    @Override
    public List<Rating> findByTransaction(TransactionId transaction) {
        return ratings.values().stream().filter(rating -> rating.transaction().equals(transaction)).toList();
    }

    @Override
    public Reputation reputationOf(AccountId ratee, int recent) {
        List<Rating> received = ratings.values().stream().filter(rating -> rating.ratee().equals(ratee))
                .sorted(Comparator.comparing(Rating::createdAt)
                        .thenComparing(rating -> rating.id().orElseThrow().value()).reversed())
                .toList();
        long stars = received.stream().mapToLong(Rating::stars).sum();
        return Reputation.of(received.size(), stars, received.stream().limit(recent).toList());
    }
}
