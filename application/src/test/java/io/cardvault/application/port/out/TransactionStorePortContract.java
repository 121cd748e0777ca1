package io.cardvault.application.port.out;

import static io.cardvault.application.port.out.MarketplaceSamples.SPEC_FEES;
import static io.cardvault.application.port.out.MarketplaceSamples.euros;
import static io.cardvault.application.port.out.MarketplaceSamples.listing;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.marketplace.Bid;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.Shipment;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionId;
import io.cardvault.domain.marketplace.TransactionOrigin;
import io.cardvault.domain.marketplace.TransactionParty;
import io.cardvault.domain.marketplace.TransactionStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract of {@link TransactionStorePort}: the in-memory fake and the database adapter must pass it. */
public abstract class TransactionStorePortContract {

    protected abstract TransactionStorePort transactions();

    /** Where the listings sold are stored (the transactions' parent rows). */
    protected abstract ListingStorePort listings();

    /** Where the bids accepted are stored. */
    protected abstract BidStorePort bids();

    protected abstract AccountId anAccount();

    protected abstract CardId aCard(String game);

    private Transaction buyNow(AccountId seller, AccountId buyer, Instant at) {
        Listing listing = listings().add(listing(seller, aCard("pokemon"), "650.00", at));
        return transactions().add(Transaction.open(listing, buyer, listing.terms().price(), Optional.empty(), SPEC_FEES,
                at.plusSeconds(1)));
    }

    @Test
    void givenBuyNow_add_givesItAnIdAndStoresEveryField() {
        Instant at = MarketplaceSamples.freshEra();
        AccountId seller = anAccount();
        AccountId buyer = anAccount();
        Transaction added = buyNow(seller, buyer, at);

        Transaction found = transactions().findById(added.requireId()).orElseThrow();
        assertThat(found.seller()).isEqualTo(seller);
        assertThat(found.buyer()).isEqualTo(buyer);
        assertThat(found.listing()).isEqualTo(added.listing());
        assertThat(found.card()).isEqualTo(added.card());
        assertThat(found.origin()).isEqualTo(TransactionOrigin.BUY_NOW);
        assertThat(found.bid()).isEmpty();
        assertThat(found.fees()).isEqualTo(added.fees());
        assertThat(found.handlingFee()).isEqualTo(euros("7.50"));
        assertThat(found.status()).isEqualTo(TransactionStatus.AWAITING_PAYMENT);
        assertThat(found.shipment()).isEmpty();
        assertThat(found.timeline()).containsExactlyEntriesOf(added.timeline());
        assertThat(transactions().findById(new TransactionId(Long.MAX_VALUE - 11))).isEmpty();
    }

    @Test
    void givenAcceptedBid_add_keepsTheBidAndNoHandlingFee() {
        Instant at = MarketplaceSamples.freshEra();
        Listing listing = listings().add(listing(anAccount(), aCard("pokemon"), "100.00", at));
        AccountId bidder = anAccount();
        Bid bid = bids().add(listing.receiveBid(bidder, euros("90.00"), Optional.empty(), at.plusSeconds(1)));
        Transaction added = transactions().add(Transaction.open(listing, bidder, bid.amount(), bid.id(), SPEC_FEES,
                at.plusSeconds(2)));

        Transaction found = transactions().findById(added.requireId()).orElseThrow();
        assertThat(found.origin()).isEqualTo(TransactionOrigin.BID);
        assertThat(found.bid()).isEqualTo(bid.id());
        assertThat(found.amount()).isEqualTo(euros("90.00"));
        assertThat(found.handlingFee()).isEqualTo(euros("0.00"));
    }

    @Test
    void givenMoves_update_writesStatusShipmentAndTimeline() {
        Instant at = MarketplaceSamples.freshEra();
        Transaction added = buyNow(anAccount(), anAccount(), at);
        Transaction shipped = added.moveTo(TransactionParty.BUYER, TransactionStatus.PAID, at.plusSeconds(10))
                .ship(TransactionParty.SELLER, new Shipment("postnl", "3SABCD1234567"), at.plusSeconds(20));
        transactions().update(shipped);

        Transaction found = transactions().findById(added.requireId()).orElseThrow();
        assertThat(found.status()).isEqualTo(TransactionStatus.SHIPPED);
        assertThat(found.shipment()).contains(new Shipment("postnl", "3SABCD1234567"));
        assertThat(found.timeline()).containsEntry(TransactionStatus.PAID, at.plusSeconds(10))
                .containsEntry(TransactionStatus.SHIPPED, at.plusSeconds(20))
                .containsEntry(TransactionStatus.AWAITING_PAYMENT, at.plusSeconds(1))
                .hasSize(3);
    }

    @Test
    void givenPartiesTransactions_findByParty_givesTheirsNewestFirstByRole() {
        Instant at = MarketplaceSamples.freshEra();
        AccountId trader = anAccount();
        Transaction bought = buyNow(anAccount(), trader, at);
        Transaction sold = buyNow(trader, anAccount(), at.plusSeconds(60));
        buyNow(anAccount(), anAccount(), at.plusSeconds(120));

        Slice<Transaction> all = transactions().findByParty(trader, Optional.empty(), 10, 0);
        assertThat(all.items()).extracting(Transaction::id).containsExactly(sold.id(), bought.id());
        assertThat(all.total()).isEqualTo(2);
        assertThat(transactions().findByParty(trader, Optional.of(TransactionParty.BUYER), 10, 0).items())
                .extracting(Transaction::id).containsExactly(bought.id());
        assertThat(transactions().findByParty(trader, Optional.of(TransactionParty.SELLER), 10, 0).items())
                .extracting(Transaction::id).containsExactly(sold.id());
        assertThat(transactions().findByParty(trader, Optional.empty(), 1, 1).items())
                .extracting(Transaction::id).containsExactly(bought.id());
    }
}
