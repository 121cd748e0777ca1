package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.application.port.in.marketplace.ReputationView;
import java.math.BigDecimal;
import java.util.List;

/**
 * The spec's reputation: {@code avg} (null without ratings), {@code count}, {@code recent_reviews}
 * newest first. Each review's {@code buyer} is the trading partner who wrote it (the spec's name; a
 * seller's rating of a buyer names the seller there), {@code rater_role} says which side they were on.
 */
public record ReputationResponse(String username, BigDecimal avg, long count, List<Review> recentReviews) {

    /** One received rating. */
    public record Review(int rating, String review, String buyer, String raterRole, String ts) {
    }

    static ReputationResponse from(ReputationView view) {
        return new ReputationResponse(view.username().value(), view.average().orElse(null), view.count(),
                view.recent().stream().map(line -> new Review(line.stars(), line.review().orElse(null), line.rater().value(),
                        line.raterRole().code(), line.at().toString())).toList());
    }
}
