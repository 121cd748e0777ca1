package io.cardvault.domain.marketplace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an account's trading partners think of it: how many ratings it received, their average
 * (two decimals, half-even; none without ratings) and the most recent ones, newest first.
 */
public record Reputation(long count, Optional<BigDecimal> average, List<Rating> recent) {

    public Reputation {
        InvalidMarketplaceDataException.require(count >= 0, "count", "a count cannot be negative");
        Objects.requireNonNull(average, "average");
        recent = List.copyOf(recent);
        InvalidMarketplaceDataException.require(recent.size() <= count, "recent", "more recent ratings than ratings");
    }

    /** From the number of ratings received and the sum of their stars. */
    public static Reputation of(long count, long starsTotal, List<Rating> recent) {
        InvalidMarketplaceDataException.require(starsTotal >= count * Rating.MIN_STARS && starsTotal <= count * Rating.MAX_STARS,
                "count", "a stars total outside what the count allows");
        Optional<BigDecimal> average = count == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(starsTotal).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN));
        return new Reputation(count, average, recent);
    }
}
