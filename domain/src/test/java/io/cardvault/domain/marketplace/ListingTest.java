package io.cardvault.domain.marketplace;

import static io.cardvault.domain.marketplace.Samples.BUYER;
import static io.cardvault.domain.marketplace.Samples.CHARIZARD;
import static io.cardvault.domain.marketplace.Samples.CREATED;
import static io.cardvault.domain.marketplace.Samples.SELLER;
import static io.cardvault.domain.marketplace.Samples.euros;
import static io.cardvault.domain.marketplace.Samples.listing;
import static io.cardvault.domain.marketplace.Samples.stored;
import static io.cardvault.domain.marketplace.Samples.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.collection.CardCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListingTest {

    private static final Instant LATER = CREATED.plus(Duration.ofDays(1));

    @Test
    void a_new_listing_is_active_for_sixty_days_never_renewed() {
        Listing listing = Listing.create(SELLER, terms("650", 1, true, true), CREATED);

        assertThat(listing.status()).isEqualTo(ListingStatus.ACTIVE);
        assertThat(listing.expiresAt()).isEqualTo(CREATED.plus(Duration.ofDays(60)));
        assertThat(listing.renewalCount()).isZero();
        assertThat(listing.isAvailableAt(LATER)).isTrue();
        assertThat(listing.isAvailableAt(CREATED.plus(Duration.ofDays(60)))).isFalse();
    }

    @Test
    void buy_now_of_the_last_copy_marks_it_sold() {
        Listing sold = listing().buyNow(BUYER, LATER);

        assertThat(sold.status()).isEqualTo(ListingStatus.SOLD);
        assertThat(sold.isAvailableAt(LATER)).isFalse();
        assertThatThrownBy(() -> sold.buyNow(BUYER, LATER)).isInstanceOf(ListingUnavailableException.class);
    }

    @Test
    void buy_now_of_one_of_several_copies_leaves_the_rest_on_sale() {
        Listing listing = stored(Listing.create(SELLER, terms("5", 3, false, true), CREATED));
        Listing after = listing.buyNow(BUYER, LATER);

        assertThat(after.status()).isEqualTo(ListingStatus.ACTIVE);
        assertThat(after.terms().quantity()).isEqualTo(2);
        assertThat(after.buyNow(BUYER, LATER).buyNow(BUYER, LATER).status()).isEqualTo(ListingStatus.SOLD);
    }

    @Test
    void buy_now_is_refused_to_the_seller_when_disabled_and_when_expired_or_withdrawn() {
        assertThatThrownBy(() -> listing().buyNow(SELLER, LATER)).isInstanceOf(SelfBuyException.class)
                .extracting(failure -> ((MarketplaceRejection) failure).code()).isEqualTo("self_buy");
        Listing noBuyNow = stored(Listing.create(SELLER, terms("650", 1, true, false), CREATED));
        assertThatThrownBy(() -> noBuyNow.buyNow(BUYER, LATER)).isInstanceOf(BuyNowDisabledException.class)
                .extracting(failure -> ((MarketplaceRejection) failure).code()).isEqualTo("buy_now_disabled");
        assertThatThrownBy(() -> listing().buyNow(BUYER, CREATED.plus(Duration.ofDays(61))))
                .isInstanceOf(ListingUnavailableException.class)
                .extracting(failure -> ((MarketplaceRejection) failure).code()).isEqualTo("listing_unavailable");
        assertThatThrownBy(() -> listing().withdraw().buyNow(BUYER, LATER)).isInstanceOf(ListingUnavailableException.class);
    }

    @Test
    void a_bid_is_taken_on_an_available_listing_that_accepts_offers_from_anyone_but_its_seller() {
        Bid bid = listing().receiveBid(BUYER, euros("600"), Optional.of(" Would you take 600? "), LATER);

        assertThat(bid.status()).isEqualTo(BidStatus.PENDING);
        assertThat(bid.listing()).isEqualTo(new ListingId(42));
        assertThat(bid.message()).contains("Would you take 600?");
        assertThatThrownBy(() -> listing().receiveBid(SELLER, euros("600"), Optional.empty(), LATER))
                .isInstanceOf(SelfBidException.class);
        Listing noOffers = stored(Listing.create(SELLER, terms("650", 1, false, true), CREATED));
        assertThatThrownBy(() -> noOffers.receiveBid(BUYER, euros("600"), Optional.empty(), LATER))
                .isInstanceOf(OffersDisabledException.class);
        assertThatThrownBy(() -> listing().buyNow(BUYER, LATER).receiveBid(Samples.STRANGER, euros("600"), Optional.empty(),
                LATER)).isInstanceOf(ListingUnavailableException.class);
    }

    @Test
    void accepting_a_pending_bid_sells_a_copy_and_a_settled_bid_or_sold_listing_is_refused() {
        Listing listing = listing();
        Bid bid = listing.receiveBid(BUYER, euros("600"), Optional.empty(), LATER).stored(new BidId(7));

        assertThat(listing.acceptBid(bid, LATER).status()).isEqualTo(ListingStatus.SOLD);
        assertThatThrownBy(() -> listing.acceptBid(bid.accept(), LATER)).isInstanceOf(BidNotPendingException.class)
                .extracting(failure -> ((BidNotPendingException) failure).current()).isEqualTo(BidStatus.ACCEPTED);
        assertThatThrownBy(() -> listing.buyNow(Samples.STRANGER, LATER).acceptBid(bid, LATER))
                .isInstanceOf(ListingUnavailableException.class);
        Bid elsewhere = new Bid(Optional.of(new BidId(8)), new ListingId(43), BUYER, euros("1"), Optional.empty(),
                BidStatus.PENDING, LATER);
        assertThatThrownBy(() -> listing.acceptBid(elsewhere, LATER)).isInstanceOf(InvalidMarketplaceDataException.class);
    }

    @Test
    void amend_changes_what_it_names_and_only_on_an_active_listing() {
        Listing amended = listing().amend(ListingAmendment.none().withPrice(euros("600")).withAcceptsOffers(false));

        assertThat(amended.terms().price()).isEqualTo(euros("600"));
        assertThat(amended.terms().acceptsOffers()).isFalse();
        assertThat(amended.terms().buyNowEnabled()).isTrue();
        assertThat(amended.terms().card()).isEqualTo(CHARIZARD);
        assertThatThrownBy(() -> listing().buyNow(BUYER, LATER).amend(ListingAmendment.none().withQuantity(2)))
                .isInstanceOf(ListingNotActiveException.class)
                .extracting(failure -> ((ListingNotActiveException) failure).current()).isEqualTo(ListingStatus.SOLD);
    }

    @Test
    void withdraw_takes_an_active_or_expired_listing_off_but_not_a_sold_or_withdrawn_one() {
        assertThat(listing().withdraw().status()).isEqualTo(ListingStatus.WITHDRAWN);
        Instant past = CREATED.plus(Duration.ofDays(61));
        assertThat(listing().expire(past).withdraw().status()).isEqualTo(ListingStatus.WITHDRAWN);
        assertThatThrownBy(() -> listing().withdraw().withdraw()).isInstanceOf(ListingNotActiveException.class);
        assertThatThrownBy(() -> listing().buyNow(BUYER, LATER).withdraw()).isInstanceOf(ListingNotActiveException.class);
    }

    @Test
    void renew_adds_thirty_days_to_the_expiry_and_counts() {
        Listing renewed = listing().renew(LATER);

        assertThat(renewed.expiresAt()).isEqualTo(CREATED.plus(Duration.ofDays(90)));
        assertThat(renewed.renewalCount()).isEqualTo(1);
        assertThat(renewed.lastRenewedAt()).contains(LATER);
        Listing again = renewed.renew(LATER.plus(Duration.ofMinutes(5)));
        assertThat(again.expiresAt()).isEqualTo(CREATED.plus(Duration.ofDays(120)));
        assertThat(again.renewalCount()).isEqualTo(2);
    }

    @Test
    void a_second_renewal_within_sixty_seconds_changes_nothing() {
        Listing renewed = listing().renew(LATER);

        assertThat(renewed.renew(LATER.plusSeconds(59))).isSameAs(renewed);
        assertThat(renewed.renew(LATER.plusSeconds(60)).renewalCount()).isEqualTo(2);
    }

    @Test
    void renewing_an_expired_listing_reactivates_it_for_thirty_days_from_now() {
        Instant past = CREATED.plus(Duration.ofDays(70));
        Listing expired = listing().expire(past);
        assertThat(expired.status()).isEqualTo(ListingStatus.EXPIRED);

        Listing renewed = expired.renew(past);
        assertThat(renewed.status()).isEqualTo(ListingStatus.ACTIVE);
        assertThat(renewed.expiresAt()).isEqualTo(past.plus(Duration.ofDays(30)));
    }

    @Test
    void sold_and_withdrawn_listings_are_not_renewed_and_only_a_listing_past_expiry_expires() {
        assertThatThrownBy(() -> listing().buyNow(BUYER, LATER).renew(LATER)).isInstanceOf(ListingNotActiveException.class);
        assertThatThrownBy(() -> listing().withdraw().renew(LATER)).isInstanceOf(ListingNotActiveException.class);
        assertThat(listing().isPastExpiryAt(LATER)).isFalse();
        assertThatThrownBy(() -> listing().expire(LATER)).isInstanceOf(ListingNotActiveException.class);
    }

    @Test
    void each_status_answers_which_seller_acts_it_allows_as_the_acts_themselves_do() {
        Instant past = CREATED.plus(Listing.LIFETIME).plusSeconds(1);
        Listing active = listing();
        Listing expired = listing().expire(past);
        Listing sold = listing().buyNow(BUYER, LATER);
        Listing withdrawn = listing().withdraw();
        Listing draft = stored(Listing.draft(SELLER, terms("12.50", 1, false, true), CREATED));

        assertThat(List.of(active, expired, sold, withdrawn, draft)).extracting(Listing::isRenewable)
                .containsExactly(true, true, false, false, false);
        assertThat(List.of(active, expired, sold, withdrawn, draft)).extracting(Listing::isWithdrawable)
                .containsExactly(true, true, false, false, true);
        assertThat(List.of(active, expired, sold, withdrawn, draft)).extracting(Listing::isAmendable)
                .containsExactly(true, false, false, false, false);
        assertThat(List.of(active, expired, sold, withdrawn, draft)).extracting(Listing::isPublishable)
                .containsExactly(false, false, false, false, true);
        assertThat(draft.publish(LATER).status()).isEqualTo(ListingStatus.ACTIVE);
        assertThatThrownBy(() -> expired.amend(ListingAmendment.none().withPrice(euros("3.00"))))
                .isInstanceOf(ListingNotActiveException.class);
    }

    @Test
    void terms_refuse_bad_prices_quantities_descriptions_variants_and_foreign_photo_urls() {
        assertField(() -> terms("0", 1, true, true), "price");
        assertField(() -> terms("1000000.01", 1, true, true), "price");
        assertField(() -> terms("1.005", 1, true, true), "price");
        assertField(() -> new ListingTerms(CHARIZARD, Optional.empty(), CardCondition.NM, Optional.empty(), 1,
                io.cardvault.domain.shared.Money.of("5", "USD"), Optional.empty(), true, true, List.of(), false), "price");
        assertField(() -> terms("5", 0, true, true), "quantity");
        assertField(() -> terms("5", 10_000, true, true), "quantity");
        assertField(() -> new ListingTerms(CHARIZARD, Optional.empty(), CardCondition.NM, Optional.empty(), 1, euros("5"),
                Optional.of("x".repeat(2_001)), true, true, List.of(), false), "description");
        assertField(() -> new ListingTerms(CHARIZARD, Optional.of("Holo Rare!"), CardCondition.NM, Optional.empty(), 1,
                euros("5"), Optional.empty(), true, true, List.of(), false), "variant");
        for (String url : List.of("https://evil.example/a.png", "//evil.example/a.png", "/static/../secret", "relative.png")) {
            assertField(() -> new ListingTerms(CHARIZARD, Optional.empty(), CardCondition.NM, Optional.empty(), 1,
                    euros("5"), Optional.empty(), true, true, List.of(url), false), "image_urls");
        }
        assertThat(new ListingTerms(CHARIZARD, Optional.of(" "), CardCondition.NM, Optional.empty(), 1, euros("5"),
                Optional.of("x".repeat(2_000)), true, true, List.of(), false).variant()).isEmpty();
    }

    private static void assertField(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOf(InvalidMarketplaceDataException.class)
                .extracting(failure -> ((InvalidMarketplaceDataException) failure).field()).isEqualTo(field);
    }
}
