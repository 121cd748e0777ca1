package io.cardvault.domain.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accounts, a card and terms the marketplace's tests share. */
final class Samples {

    static final AccountId SELLER = new AccountId(1);
    static final AccountId BUYER = new AccountId(2);
    static final AccountId STRANGER = new AccountId(3);
    static final CardId CHARIZARD = new CardId(891);
    static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
    static final FeeSchedule SPEC_FEES = new FeeSchedule(new BigDecimal("0.05"), new BigDecimal("0.01"),
            new BigDecimal("0.01"), Money.of("1.00", "EUR"));

    private Samples() {
    }

    static Money euros(String amount) {
        return Money.of(amount, "EUR");
    }

    static ListingTerms terms(String price, int quantity, boolean acceptsOffers, boolean buyNow) {
        return new ListingTerms(CHARIZARD, Optional.empty(), CardCondition.NM, Optional.empty(), quantity, euros(price),
                Optional.empty(), acceptsOffers, buyNow, List.of(), false);
    }

    /** A stored active listing of one copy at €650, offers and buy-now open. */
    static Listing listing() {
        return stored(Listing.create(SELLER, terms("650", 1, true, true), CREATED));
    }

    static Listing stored(Listing listing) {
        return listing.stored(new ListingId(42));
    }
}
