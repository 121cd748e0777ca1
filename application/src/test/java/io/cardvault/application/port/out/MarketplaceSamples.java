package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.marketplace.FeeSchedule;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Listings, terms and a fee schedule for the marketplace's port contracts and service tests. */
public final class MarketplaceSamples {

    /** The spec's rates: 5 % marketplace, 1 % image protection, a buy-now handling fee of 1 % + €1.00. */
    public static final FeeSchedule SPEC_FEES = new FeeSchedule(new BigDecimal("0.05"), new BigDecimal("0.01"),
            new BigDecimal("0.01"), Money.of("1.00", "EUR"));

    /** Eras 61 days apart from a random start centuries ahead: listings of one era are never available in another's. */
    private static final Instant ERAS_START = Instant.parse("2300-01-01T00:00:00Z")
            .plus(Duration.ofDays(61L * ThreadLocalRandom.current().nextInt(0, 20_000)));
    private static final AtomicLong ERAS = new AtomicLong();

    private MarketplaceSamples() {
    }

    /** A moment no other caller's listings run at: what a contract browsing "all available listings" starts from. */
    public static Instant freshEra() {
        return ERAS_START.plus(Duration.ofDays(61 * ERAS.incrementAndGet()));
    }

    public static Money euros(String amount) {
        return Money.of(amount, "EUR");
    }

    public static ListingTerms terms(CardId card, String price) {
        return new ListingTerms(card, Optional.empty(), CardCondition.NM, Optional.empty(), 1, euros(price), Optional.empty(),
                true, true, List.of(), false);
    }

    public static Listing listing(AccountId seller, CardId card, String price, Instant at) {
        return Listing.create(seller, terms(card, price), at);
    }
}
