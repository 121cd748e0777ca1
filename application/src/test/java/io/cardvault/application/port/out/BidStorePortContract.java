package io.cardvault.application.port.out;

import static io.cardvault.application.port.out.MarketplaceSamples.euros;
import static io.cardvault.application.port.out.MarketplaceSamples.listing;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.marketplace.Bid;
import io.cardvault.domain.marketplace.BidId;
import io.cardvault.domain.marketplace.BidStatus;
import io.cardvault.domain.marketplace.Listing;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract of {@link BidStorePort}: the in-memory fake and the database adapter must pass it. */
public abstract class BidStorePortContract {

    protected abstract BidStorePort bids();

    /** Where the listings bid on are stored (the bids' parent rows). */
    protected abstract ListingStorePort listings();

    protected abstract AccountId anAccount();

    protected abstract CardId aCard(String game);

    private Listing aListing(Instant at) {
        return listings().add(listing(anAccount(), aCard("pokemon"), "100.00", at));
    }

    @Test
    void givenNewBid_add_givesItAnIdAndStoresEveryField() {
        Instant at = MarketplaceSamples.freshEra();
        Listing listing = aListing(at);
        AccountId bidder = anAccount();
        Bid added = bids().add(listing.receiveBid(bidder, euros("85.50"), Optional.of("Would you take 85.50?"),
                at.plusSeconds(5)));

        Bid found = bids().findById(added.requireId()).orElseThrow();
        assertThat(found.listing()).isEqualTo(listing.requireId());
        assertThat(found.bidder()).isEqualTo(bidder);
        assertThat(found.amount()).isEqualTo(euros("85.50"));
        assertThat(found.message()).contains("Would you take 85.50?");
        assertThat(found.status()).isEqualTo(BidStatus.PENDING);
        assertThat(found.createdAt()).isEqualTo(at.plusSeconds(5));
        assertThat(bids().findById(new BidId(Long.MAX_VALUE - 3))).isEmpty();
    }

    @Test
    void givenBidsOnTwoListings_findByListing_givesThatListingsOldestFirst() {
        Instant at = MarketplaceSamples.freshEra();
        Listing listing = aListing(at);
        Bid first = bids().add(listing.receiveBid(anAccount(), euros("80"), Optional.empty(), at.plusSeconds(1)));
        Bid second = bids().add(listing.receiveBid(anAccount(), euros("90"), Optional.empty(), at.plusSeconds(2)));
        Listing other = aListing(at);
        bids().add(other.receiveBid(anAccount(), euros("70"), Optional.empty(), at.plusSeconds(3)));

        assertThat(bids().findByListing(listing.requireId())).extracting(Bid::id).containsExactly(first.id(), second.id());
    }

    @Test
    void givenStoredBid_update_writesItsStatus() {
        Instant at = MarketplaceSamples.freshEra();
        Listing listing = aListing(at);
        Bid accepted = bids().add(listing.receiveBid(anAccount(), euros("80"), Optional.empty(), at.plusSeconds(1)));
        Bid rejected = bids().add(listing.receiveBid(anAccount(), euros("75"), Optional.empty(), at.plusSeconds(2)));
        bids().update(accepted.accept());
        bids().update(rejected.reject());

        assertThat(bids().findById(accepted.requireId()).orElseThrow().status()).isEqualTo(BidStatus.ACCEPTED);
        assertThat(bids().findById(rejected.requireId()).orElseThrow().status()).isEqualTo(BidStatus.REJECTED);
    }
}
