package io.cardvault.application.port.out;

import static io.cardvault.application.port.out.MarketplaceSamples.SPEC_FEES;
import static io.cardvault.application.port.out.MarketplaceSamples.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.marketplace.DuplicateRatingException;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.Rating;
import io.cardvault.domain.marketplace.Reputation;
import io.cardvault.domain.marketplace.Shipment;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionParty;
import io.cardvault.domain.marketplace.TransactionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Contract of {@link RatingStorePort}: the in-memory fake and the database adapter must pass it. */
public abstract class RatingStorePortContract {

    protected abstract RatingStorePort ratings();

    protected abstract TransactionStorePort transactions();

    protected abstract ListingStorePort listings();

    protected abstract AccountId anAccount();

    protected abstract CardId aCard(String game);

    /** Threads the racing calls run on; an in-container test passes the container's managed executor. */
    protected Executor racers() {
        return Race.ownThreads();
    }

    /** A stored transaction between the two, delivered at {@code at}: open for rating. */
    private Transaction delivered(AccountId seller, AccountId buyer, Instant at) {
        Listing listing = listings().add(listing(seller, aCard("pokemon"), "40.00", at));
        Transaction opened = transactions().add(Transaction.open(listing, buyer, listing.terms().price(), Optional.empty(),
                SPEC_FEES, at));
        Transaction arrived = opened.moveTo(TransactionParty.BUYER, TransactionStatus.PAID, at.plusSeconds(1))
                .ship(TransactionParty.SELLER, new Shipment("dhl", "JD0001"), at.plusSeconds(2))
                .moveTo(TransactionParty.BUYER, TransactionStatus.DELIVERED, at.plusSeconds(3));
        transactions().update(arrived);
        return arrived;
    }

    @Test
    void givenNewRating_add_givesItAnIdAndStoresEveryField() {
        Instant at = MarketplaceSamples.freshEra();
        AccountId seller = anAccount();
        AccountId buyer = anAccount();
        Transaction transaction = delivered(seller, buyer, at);
        Rating added = ratings().add(transaction.rate(TransactionParty.BUYER, 5, Optional.of("Fast and well packed"),
                at.plusSeconds(10)));

        assertThat(added.id()).isPresent();
        assertThat(ratings().findByTransaction(transaction.requireId())).singleElement().satisfies(found -> {
            assertThat(found.rater()).isEqualTo(buyer);
            assertThat(found.ratee()).isEqualTo(seller);
            assertThat(found.raterRole()).isEqualTo(TransactionParty.BUYER);
            assertThat(found.stars()).isEqualTo(5);
            assertThat(found.review()).contains("Fast and well packed");
            assertThat(found.createdAt()).isEqualTo(at.plusSeconds(10));
        });
    }

    @Test
    void givenPartyRatedAlready_add_refusesTheSecondButTakesTheOtherParty() {
        Instant at = MarketplaceSamples.freshEra();
        Transaction transaction = delivered(anAccount(), anAccount(), at);
        ratings().add(transaction.rate(TransactionParty.BUYER, 4, Optional.empty(), at.plusSeconds(10)));

        assertThatThrownBy(() -> ratings().add(transaction.rate(TransactionParty.BUYER, 1, Optional.empty(),
                at.plusSeconds(11)))).isInstanceOf(DuplicateRatingException.class);
        ratings().add(transaction.rate(TransactionParty.SELLER, 5, Optional.empty(), at.plusSeconds(12)));
        assertThat(ratings().findByTransaction(transaction.requireId())).extracting(Rating::stars).containsExactly(4, 5);
    }

    @Test
    void givenTwoRatingsByOnePartyAtOnce_add_takesExactlyOne() {
        Instant at = MarketplaceSamples.freshEra();
        Transaction transaction = delivered(anAccount(), anAccount(), at);
        Callable<Rating> rate = () -> ratings().add(transaction.rate(TransactionParty.SELLER, 3, Optional.empty(),
                at.plusSeconds(10)));

        List<Race.Outcome<Rating>> outcomes = Race.run(racers(), List.of(rate, rate, rate));
        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).extracting(Race.Outcome::failure)
                .allMatch(DuplicateRatingException.class::isInstance);
    }

    @Test
    void givenRatingsReceived_reputationOf_countsAveragesAndListsTheNewest() {
        Instant at = MarketplaceSamples.freshEra();
        AccountId seller = anAccount();
        ratings().add(delivered(seller, anAccount(), at).rate(TransactionParty.BUYER, 5, Optional.of("great"),
                at.plusSeconds(10)));
        ratings().add(delivered(seller, anAccount(), at).rate(TransactionParty.BUYER, 4, Optional.empty(),
                at.plusSeconds(20)));
        Transaction bought = delivered(anAccount(), seller, at);
        ratings().add(bought.rate(TransactionParty.SELLER, 4, Optional.of("paid at once"), at.plusSeconds(30)));
        ratings().add(bought.rate(TransactionParty.BUYER, 1, Optional.empty(), at.plusSeconds(40)));

        Reputation reputation = ratings().reputationOf(seller, 2);
        assertThat(reputation.count()).isEqualTo(3);
        assertThat(reputation.average()).contains(new BigDecimal("4.33"));
        assertThat(reputation.recent()).extracting(Rating::createdAt).containsExactly(at.plusSeconds(30), at.plusSeconds(20));
        assertThat(ratings().reputationOf(anAccount(), 10)).isEqualTo(new Reputation(0, Optional.empty(), List.of()));
    }
}
