package io.cardvault.domain.marketplace;

import static io.cardvault.domain.marketplace.Samples.BUYER;
import static io.cardvault.domain.marketplace.Samples.CHARIZARD;
import static io.cardvault.domain.marketplace.Samples.CREATED;
import static io.cardvault.domain.marketplace.Samples.SELLER;
import static io.cardvault.domain.marketplace.Samples.SPEC_FEES;
import static io.cardvault.domain.marketplace.Samples.STRANGER;
import static io.cardvault.domain.marketplace.Samples.euros;
import static io.cardvault.domain.marketplace.Samples.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransactionTest {

    private static final Instant AT = CREATED.plusSeconds(3_600);
    private static final Shipment POSTNL = new Shipment("postnl", "3SABCD1234567");

    /** The one legal table: (from, to) → who may make the move. Everything else must be refused. */
    private static final Map<TransactionStatus, Map<TransactionStatus, Set<TransactionParty>>> LEGAL = legal();

    private static Map<TransactionStatus, Map<TransactionStatus, Set<TransactionParty>>> legal() {
        Set<TransactionParty> buyer = Set.of(TransactionParty.BUYER);
        Set<TransactionParty> seller = Set.of(TransactionParty.SELLER);
        Set<TransactionParty> either = Set.of(TransactionParty.BUYER, TransactionParty.SELLER);
        Map<TransactionStatus, Map<TransactionStatus, Set<TransactionParty>>> table = new EnumMap<>(TransactionStatus.class);
        table.put(TransactionStatus.AWAITING_PAYMENT, Map.of(TransactionStatus.PAID, buyer, TransactionStatus.CANCELLED, either));
        table.put(TransactionStatus.PAID, Map.of(TransactionStatus.SHIPPED, seller, TransactionStatus.CANCELLED, seller,
                TransactionStatus.DISPUTED, either));
        table.put(TransactionStatus.SHIPPED, Map.of(TransactionStatus.DELIVERED, buyer, TransactionStatus.DISPUTED, either));
        table.put(TransactionStatus.DELIVERED, Map.of(TransactionStatus.COMPLETED, buyer, TransactionStatus.DISPUTED, either));
        return table;
    }

    private static Transaction opened() {
        return Transaction.open(listing(), BUYER, euros("650"), Optional.empty(), SPEC_FEES, CREATED)
                .stored(new TransactionId(9));
    }

    /** A stored transaction standing in {@code status}. */
    private static Transaction in(TransactionStatus status) {
        Transaction open = opened();
        Map<TransactionStatus, Instant> timeline = new EnumMap<>(open.timeline());
        timeline.put(status, CREATED.plusSeconds(60));
        return Transaction.reconstitute(new TransactionId(9), open.listing(), open.card(), SELLER, BUYER, open.origin(),
                open.bid(), open.fees(), open.handlingFee(), status,
                status == TransactionStatus.AWAITING_PAYMENT || status == TransactionStatus.PAID ? Optional.empty()
                        : Optional.of(POSTNL), timeline);
    }

    @Test
    void a_buy_now_opens_awaiting_payment_with_the_fees_and_the_buyers_handling_fee() {
        Transaction opened = opened();

        assertThat(opened.status()).isEqualTo(TransactionStatus.AWAITING_PAYMENT);
        assertThat(opened.origin()).isEqualTo(TransactionOrigin.BUY_NOW);
        assertThat(opened.card()).isEqualTo(CHARIZARD);
        assertThat(opened.amount()).isEqualTo(euros("650.00"));
        assertThat(opened.handlingFee()).isEqualTo(euros("7.50"));
        assertThat(opened.buyerTotal()).isEqualTo(euros("657.50"));
        assertThat(opened.fees().marketplaceFee()).isEqualTo(euros("32.50"));
        assertThat(opened.fees().sellerPayout()).isEqualTo(euros("617.50"));
        assertThat(opened.createdAt()).isEqualTo(CREATED);
        assertThat(opened.timeline()).containsOnlyKeys(TransactionStatus.AWAITING_PAYMENT);
    }

    @Test
    void an_accepted_bid_opens_at_the_bids_amount_without_handling_fee() {
        Transaction opened = Transaction.open(listing(), BUYER, euros("600"), Optional.of(new BidId(7)), SPEC_FEES, CREATED);

        assertThat(opened.origin()).isEqualTo(TransactionOrigin.BID);
        assertThat(opened.handlingFee()).isEqualTo(euros("0"));
        assertThat(opened.buyerTotal()).isEqualTo(euros("600"));
        assertThat(opened.fees().sellerPayout()).isEqualTo(euros("570.00"));
    }

    @Test
    void the_happy_path_runs_from_payment_to_completion_recording_each_step() {
        Transaction completed = opened()
                .moveTo(TransactionParty.BUYER, TransactionStatus.PAID, AT)
                .ship(TransactionParty.SELLER, POSTNL, AT.plusSeconds(1))
                .moveTo(TransactionParty.BUYER, TransactionStatus.DELIVERED, AT.plusSeconds(2))
                .moveTo(TransactionParty.BUYER, TransactionStatus.COMPLETED, AT.plusSeconds(3));

        assertThat(completed.status()).isEqualTo(TransactionStatus.COMPLETED);
        assertThat(completed.shipment()).contains(POSTNL);
        assertThat(completed.timeline()).containsEntry(TransactionStatus.PAID, AT)
                .containsEntry(TransactionStatus.SHIPPED, AT.plusSeconds(1))
                .containsEntry(TransactionStatus.COMPLETED, AT.plusSeconds(3)).hasSize(5);
        assertThat(completed.updatedAt()).isEqualTo(AT.plusSeconds(3));
        assertThat(completed.nextMovesFor(TransactionParty.BUYER)).isEmpty();
    }

    @Test
    void every_move_the_table_allows_succeeds_for_its_party_and_every_other_move_is_refused_with_the_current_status() {
        int legalMoves = 0;
        int refusals = 0;
        for (TransactionStatus from : TransactionStatus.values()) {
            for (TransactionStatus to : TransactionStatus.values()) {
                Set<TransactionParty> movers = LEGAL.getOrDefault(from, Map.of()).getOrDefault(to, Set.of());
                for (TransactionParty party : TransactionParty.values()) {
                    Transaction transaction = in(from);
                    if (movers.contains(party)) {
                        Transaction moved = to == TransactionStatus.SHIPPED ? transaction.ship(party, POSTNL, AT)
                                : transaction.moveTo(party, to, AT);
                        assertThat(moved.status()).as(from + " → " + to + " by " + party).isEqualTo(to);
                        legalMoves++;
                        continue;
                    }
                    String code = movers.isEmpty() ? IllegalTransactionMoveException.ILLEGAL_TRANSITION
                            : IllegalTransactionMoveException.NOT_YOUR_MOVE;
                    assertThatThrownBy(() -> transaction.moveTo(party, to, AT)).as(from + " → " + to + " by " + party)
                            .isInstanceOfSatisfying(IllegalTransactionMoveException.class, refused -> {
                                assertThat(refused.code()).isEqualTo(code);
                                assertThat(refused.current()).isEqualTo(from);
                                assertThat(refused.wanted()).isEqualTo(to);
                            });
                    refusals++;
                }
            }
        }
        assertThat(legalMoves).isEqualTo(13);
        assertThat(refusals).isEqualTo(7 * 7 * 2 - 13);
    }

    @Test
    void terminal_statuses_allow_no_move_at_all() {
        for (TransactionStatus terminal : Set.of(TransactionStatus.COMPLETED, TransactionStatus.CANCELLED,
                TransactionStatus.DISPUTED)) {
            assertThat(terminal.isTerminal()).isTrue();
            for (TransactionParty party : TransactionParty.values()) {
                assertThat(in(terminal).nextMovesFor(party)).isEmpty();
            }
        }
    }

    @Test
    void shipped_is_reached_only_with_carrier_and_tracking() {
        assertThatThrownBy(() -> in(TransactionStatus.PAID).moveTo(TransactionParty.SELLER, TransactionStatus.SHIPPED, AT))
                .isInstanceOfSatisfying(IllegalTransactionMoveException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(IllegalTransactionMoveException.SHIPPING_DETAILS_REQUIRED);
                    assertThat(refused.current()).isEqualTo(TransactionStatus.PAID);
                });
        assertThatThrownBy(() -> opened().ship(TransactionParty.SELLER, POSTNL, AT))
                .isInstanceOfSatisfying(IllegalTransactionMoveException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(IllegalTransactionMoveException.ILLEGAL_TRANSITION);
                    assertThat(refused.current()).isEqualTo(TransactionStatus.AWAITING_PAYMENT);
                });
        assertThatThrownBy(() -> in(TransactionStatus.PAID).ship(TransactionParty.BUYER, POSTNL, AT))
                .isInstanceOfSatisfying(IllegalTransactionMoveException.class,
                        refused -> assertThat(refused.code()).isEqualTo(IllegalTransactionMoveException.NOT_YOUR_MOVE));
    }

    @Test
    void the_next_moves_are_what_a_party_may_do_now() {
        assertThat(opened().nextMovesFor(TransactionParty.BUYER))
                .containsExactlyInAnyOrder(TransactionStatus.PAID, TransactionStatus.CANCELLED);
        assertThat(opened().nextMovesFor(TransactionParty.SELLER)).containsExactly(TransactionStatus.CANCELLED);
        assertThat(in(TransactionStatus.PAID).nextMovesFor(TransactionParty.SELLER))
                .containsExactlyInAnyOrder(TransactionStatus.SHIPPED, TransactionStatus.CANCELLED, TransactionStatus.DISPUTED);
    }

    @Test
    void parties_are_the_buyer_and_the_seller_only() {
        assertThat(opened().partyOf(BUYER)).contains(TransactionParty.BUYER);
        assertThat(opened().partyOf(SELLER)).contains(TransactionParty.SELLER);
        assertThat(opened().partyOf(STRANGER)).isEmpty();
    }

    @Test
    void ratings_open_once_delivered_and_name_rater_and_ratee() {
        for (TransactionStatus early : Set.of(TransactionStatus.AWAITING_PAYMENT, TransactionStatus.PAID,
                TransactionStatus.SHIPPED, TransactionStatus.CANCELLED)) {
            assertThatThrownBy(() -> in(early).rate(TransactionParty.BUYER, 5, Optional.empty(), AT))
                    .isInstanceOfSatisfying(RatingNotOpenException.class, refused -> {
                        assertThat(refused.current()).isEqualTo(early);
                        assertThat(refused.code()).isEqualTo("rating_not_open");
                    });
        }
        Rating bySeller = in(TransactionStatus.DELIVERED).rate(TransactionParty.SELLER, 4, Optional.of(" quick payer "), AT);
        assertThat(bySeller.rater()).isEqualTo(SELLER);
        assertThat(bySeller.ratee()).isEqualTo(BUYER);
        assertThat(bySeller.review()).contains("quick payer");
        assertThat(in(TransactionStatus.COMPLETED).rate(TransactionParty.BUYER, 5, Optional.empty(), AT).ratee())
                .isEqualTo(SELLER);
        assertThat(in(TransactionStatus.DISPUTED).rate(TransactionParty.BUYER, 1, Optional.empty(), AT).stars()).isEqualTo(1);
    }

    @Test
    void ratings_are_one_to_five_stars_with_a_review_of_at_most_1000_characters() {
        Transaction delivered = in(TransactionStatus.DELIVERED);
        assertThatThrownBy(() -> delivered.rate(TransactionParty.BUYER, 0, Optional.empty(), AT))
                .isInstanceOf(InvalidMarketplaceDataException.class);
        assertThatThrownBy(() -> delivered.rate(TransactionParty.BUYER, 6, Optional.empty(), AT))
                .isInstanceOf(InvalidMarketplaceDataException.class);
        assertThatThrownBy(() -> delivered.rate(TransactionParty.BUYER, 5, Optional.of("x".repeat(1_001)), AT))
                .isInstanceOfSatisfying(InvalidMarketplaceDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("review"));
        assertThat(delivered.rate(TransactionParty.BUYER, 5, Optional.of("x".repeat(1_000)), AT).review()).isPresent();
    }

    @Test
    void a_seller_never_buys_from_themselves_and_a_bid_origin_names_its_bid() {
        Transaction open = opened();
        assertThatThrownBy(() -> Transaction.reconstitute(new TransactionId(1), open.listing(), open.card(), SELLER, SELLER,
                TransactionOrigin.BUY_NOW, Optional.empty(), open.fees(), open.handlingFee(),
                TransactionStatus.AWAITING_PAYMENT, Optional.empty(), open.timeline()))
                .isInstanceOf(InvalidMarketplaceDataException.class);
        assertThatThrownBy(() -> Transaction.reconstitute(new TransactionId(1), open.listing(), open.card(), SELLER, BUYER,
                TransactionOrigin.BID, Optional.empty(), open.fees(), open.handlingFee(),
                TransactionStatus.AWAITING_PAYMENT, Optional.empty(), open.timeline()))
                .isInstanceOf(InvalidMarketplaceDataException.class);
        assertThatThrownBy(() -> Transaction.reconstitute(new TransactionId(1), open.listing(), open.card(), SELLER, BUYER,
                TransactionOrigin.BUY_NOW, Optional.empty(), open.fees(), open.handlingFee(), TransactionStatus.PAID,
                Optional.empty(), open.timeline())).isInstanceOf(InvalidMarketplaceDataException.class);
    }

    @Test
    void shipments_name_a_carrier_and_a_tracking_number() {
        assertThat(new Shipment(" PostNL ", " 3S 1234-AB ")).isEqualTo(new Shipment("postnl", "3S 1234-AB"));
        assertThatThrownBy(() -> new Shipment("", "1")).isInstanceOf(InvalidMarketplaceDataException.class);
        assertThatThrownBy(() -> new Shipment("dhl", "<script>")).isInstanceOfSatisfying(
                InvalidMarketplaceDataException.class, refused -> assertThat(refused.field()).isEqualTo("tracking_number"));
        assertThatThrownBy(() -> new Shipment("d".repeat(41), "1")).isInstanceOf(InvalidMarketplaceDataException.class);
    }
}
