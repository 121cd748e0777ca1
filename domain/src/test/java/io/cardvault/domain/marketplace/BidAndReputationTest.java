package io.cardvault.domain.marketplace;

import static io.cardvault.domain.marketplace.Samples.BUYER;
import static io.cardvault.domain.marketplace.Samples.CREATED;
import static io.cardvault.domain.marketplace.Samples.SELLER;
import static io.cardvault.domain.marketplace.Samples.euros;
import static io.cardvault.domain.marketplace.Samples.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BidAndReputationTest {

    private static Bid pending() {
        return listing().receiveBid(BUYER, euros("600"), Optional.empty(), CREATED).stored(new BidId(1));
    }

    @Test
    void a_pending_bid_is_accepted_or_rejected_once() {
        assertThat(pending().accept().status()).isEqualTo(BidStatus.ACCEPTED);
        assertThat(pending().reject().status()).isEqualTo(BidStatus.REJECTED);
        assertThatThrownBy(() -> pending().reject().accept()).isInstanceOfSatisfying(BidNotPendingException.class,
                refused -> assertThat(refused.current()).isEqualTo(BidStatus.REJECTED));
        assertThatThrownBy(() -> pending().accept().reject()).isInstanceOf(BidNotPendingException.class);
    }

    @Test
    void bids_are_euro_amounts_in_cents_with_a_message_of_at_most_500_characters() {
        assertThatThrownBy(() -> listing().receiveBid(BUYER, euros("0"), Optional.empty(), CREATED))
                .isInstanceOfSatisfying(InvalidMarketplaceDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> listing().receiveBid(BUYER, io.cardvault.domain.shared.Money.of("600", "USD"),
                Optional.empty(), CREATED)).isInstanceOf(InvalidMarketplaceDataException.class);
        assertThatThrownBy(() -> listing().receiveBid(BUYER, euros("600"), Optional.of("x".repeat(501)), CREATED))
                .isInstanceOfSatisfying(InvalidMarketplaceDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("message"));
        assertThat(listing().receiveBid(BUYER, euros("600"), Optional.of("  "), CREATED).message()).isEmpty();
    }

    @Test
    void a_reputation_averages_half_even_to_two_decimals_and_has_no_average_without_ratings() {
        assertThat(Reputation.of(3, 13, List.of()).average()).contains(new BigDecimal("4.33"));
        assertThat(Reputation.of(8, 37, List.of()).average()).contains(new BigDecimal("4.62"));
        assertThat(Reputation.of(0, 0, List.of()).average()).isEmpty();
        assertThatThrownBy(() -> Reputation.of(2, 11, List.of())).isInstanceOf(InvalidMarketplaceDataException.class);
    }

    @Test
    void nobody_rates_themselves() {
        assertThatThrownBy(() -> new Rating(Optional.empty(), new TransactionId(1), SELLER, SELLER, TransactionParty.SELLER,
                5, Optional.empty(), CREATED)).isInstanceOf(InvalidMarketplaceDataException.class);
    }
}
