package io.cardvault.domain.marketplace;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one party of a transaction thinks of the other: 1 to 5 stars and an optional review. Each
 * party rates a transaction once; given through {@link Transaction#rate}.
 */
public record Rating(Optional<RatingId> id, TransactionId transaction, AccountId rater, AccountId ratee,
                     TransactionParty raterRole, int stars, Optional<String> review, Instant createdAt) {

    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;
    public static final int MAX_REVIEW = 1_000;

    public Rating {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(rater, "rater");
        Objects.requireNonNull(ratee, "ratee");
        InvalidMarketplaceDataException.require(!rater.equals(ratee), "rating", "nobody rates themselves");
        Objects.requireNonNull(raterRole, "raterRole");
        InvalidMarketplaceDataException.require(stars >= MIN_STARS && stars <= MAX_STARS, "rating",
                "rating must be between " + MIN_STARS + " and " + MAX_STARS + ": " + stars);
        Objects.requireNonNull(review, "review");
        review = review.map(String::strip).filter(text -> !text.isEmpty());
        review.ifPresent(text -> InvalidMarketplaceDataException.require(text.length() <= MAX_REVIEW, "review",
                "a review has at most " + MAX_REVIEW + " characters"));
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Rating stored(RatingId storedId) {
        return new Rating(Optional.of(storedId), transaction, rater, ratee, raterRole, stars, review, createdAt);
    }
}
