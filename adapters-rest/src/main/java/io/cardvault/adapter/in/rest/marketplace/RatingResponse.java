package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.domain.marketplace.Rating;

/** The rating just given. */
public record RatingResponse(boolean ok, long id, long transactionId, String role, int rating, String review,
                             String createdAt) {

    static RatingResponse from(Rating rating) {
        return new RatingResponse(true, rating.id().orElseThrow().value(), rating.transaction().value(),
                rating.raterRole().code(), rating.stars(), rating.review().orElse(null), rating.createdAt().toString());
    }
}
