package io.cardvault.application.service.marketplace;

import static io.cardvault.application.port.out.MarketplaceSamples.SPEC_FEES;
import static io.cardvault.application.port.out.MarketplaceSamples.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.marketplace.AmendListingCommand;
import io.cardvault.application.port.in.marketplace.BidNotFoundException;
import io.cardvault.application.port.in.marketplace.BidView;
import io.cardvault.application.port.in.marketplace.BuyNowCommand;
import io.cardvault.application.port.in.marketplace.BuyNowReceipt;
import io.cardvault.application.port.in.marketplace.ChangeTransactionStatusCommand;
import io.cardvault.application.port.in.marketplace.CreateListingCommand;
import io.cardvault.application.port.in.marketplace.ListingNotFoundException;
import io.cardvault.application.port.in.marketplace.ListingQuery;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.in.marketplace.PlaceBidCommand;
import io.cardvault.application.port.in.marketplace.RateTransactionCommand;
import io.cardvault.application.port.in.marketplace.ReputationView;
import io.cardvault.application.port.in.marketplace.SetUpSellerCommand;
import io.cardvault.application.port.in.marketplace.ShipTransactionCommand;
import io.cardvault.application.port.in.marketplace.TraderNotFoundException;
import io.cardvault.application.port.in.marketplace.TransactionNotFoundException;
import io.cardvault.application.port.in.marketplace.TransactionQuery;
import io.cardvault.application.port.in.marketplace.TransactionView;
import io.cardvault.application.service.price.RecordedEvents;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.InMemoryBidStore;
import io.cardvault.application.port.out.InMemoryBlockList;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.DigestFingerprints;
import io.cardvault.application.port.out.InMemoryListingImages;
import io.cardvault.application.port.out.InMemoryListingStore;
import io.cardvault.application.port.out.InMemoryProtectedPhotos;
import io.cardvault.application.port.out.InMemoryTrustCodes;
import io.cardvault.application.port.out.MarkingWatermarks;
import io.cardvault.application.port.out.InMemoryMarketEvents;
import io.cardvault.application.port.out.InMemoryNotificationStore;
import io.cardvault.application.port.out.InMemoryRatingStore;
import io.cardvault.application.port.out.InMemoryTransactionStore;
import io.cardvault.application.port.out.account.AccountFixtures;
import io.cardvault.application.port.out.account.InMemoryAccountStore;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.marketplace.BidStatus;
import io.cardvault.domain.marketplace.DuplicateRatingException;
import io.cardvault.domain.marketplace.IllegalTransactionMoveException;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.ListingAmendment;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingStatus;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.marketplace.ListingUnavailableException;
import io.cardvault.domain.marketplace.SellerSetupRequiredException;
import io.cardvault.domain.marketplace.Shipment;
import io.cardvault.domain.marketplace.TransactionId;
import io.cardvault.domain.marketplace.TransactionParty;
import io.cardvault.domain.marketplace.TransactionStatus;
import io.cardvault.domain.realtime.MarketEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarketplaceServicesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    private final InMemoryListingStore listings = new InMemoryListingStore();
    private final InMemoryBidStore bids = new InMemoryBidStore();
    private final InMemoryTransactionStore transactions = new InMemoryTransactionStore();
    private final InMemoryRatingStore ratings = new InMemoryRatingStore();
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final InMemoryNotificationStore notifications = new InMemoryNotificationStore();
    private final InMemoryMarketEvents events = new InMemoryMarketEvents();
    private final InMemoryCatalogueViews catalogue = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON, CatalogueFixtures.MTG);

    private final InMemoryListingImages images = new InMemoryListingImages();
    private final InMemoryTrustCodes codes = new InMemoryTrustCodes();
    private final InMemoryProtectedPhotos protectedPhotos = new InMemoryProtectedPhotos();
    private final ListingProtection protection = new ListingProtection(codes, protectedPhotos, images, new MarkingWatermarks(),
            new DigestFingerprints(), listings, new java.util.Random(7), CLOCK);

    private final SetUpSellerService setUp = new SetUpSellerService(accounts, accounts);
    private final CreateListingService create = new CreateListingService(listings, accounts, catalogue, CLOCK, new RecordedEvents<>(),
            protection);
    private final CreateDraftListingService draft = new CreateDraftListingService(listings, accounts, catalogue, CLOCK);
    private final AmendListingService amend = new AmendListingService(listings, accounts, protection);
    private final WithdrawListingService withdraw = new WithdrawListingService(listings, bids, notifications, events, catalogue,
            CLOCK);
    private final ListListingsService browse = new ListListingsService(listings, accounts, CLOCK);
    private final BuyNowService buyNow = new BuyNowService(listings, transactions, bids, SPEC_FEES, notifications, events,
            catalogue, CLOCK);
    private final PlaceBidService placeBid = new PlaceBidService(listings, bids, new InMemoryBlockList(), notifications, events, catalogue, CLOCK);
    private final ListBidsService listBids = new ListBidsService(listings, bids, accounts);
    private final AcceptBidService acceptBid = new AcceptBidService(listings, bids, transactions, ratings, SPEC_FEES, accounts,
            notifications, events, catalogue, CLOCK);
    private final ListTransactionsService listTransactions = new ListTransactionsService(transactions, ratings, accounts);
    private final GetTransactionService getTransaction = new GetTransactionService(transactions, ratings, accounts);
    private final ChangeTransactionStatusService changeStatus = new ChangeTransactionStatusService(transactions, ratings,
            accounts, notifications, events, catalogue, CLOCK);
    private final ShipTransactionService ship = new ShipTransactionService(transactions, ratings, accounts, notifications,
            events, catalogue, CLOCK);
    private final RateTransactionService rate = new RateTransactionService(transactions, ratings, CLOCK);
    private final GetReputationService reputation = new GetReputationService(accounts, ratings);
    private final PreviewFeesService preview = new PreviewFeesService(SPEC_FEES);

    private Account seller;
    private Account buyer;
    private Account rival;
    private CardId charizard;

    @BeforeEach
    void traders_and_a_card() {
        seller = accounts.add(AccountFixtures.newAccount("seller"));
        buyer = accounts.add(AccountFixtures.newAccount("buyer"));
        rival = accounts.add(AccountFixtures.newAccount("rival"));
        CardSet set = CatalogueFixtures.baseSet();
        StoredSet pokemon = catalogue.store(CatalogueFixtures.POKEMON, set, CatalogueFixtures.evolutionLine(set));
        charizard = pokemon.cardIds().get(set.key().externalId() + "-4");
        listings.cardOfGame(charizard, "pokemon");
        setUp.setUp(new SetUpSellerCommand(seller.requireId(), "Ash's Cards", "nl"));
    }

    private ListingView list(String price, int quantity, boolean acceptsOffers, boolean buyNowOn) {
        return create.create(new CreateListingCommand(seller.requireId(), new ListingTerms(charizard, Optional.empty(),
                CardCondition.NM, Optional.empty(), quantity, euros(price), Optional.empty(), acceptsOffers, buyNowOn, List.of(),
                false)));
    }

    private ListingId listed() {
        return list("650", 1, true, true).listing().requireId();
    }

    private List<Notification> feedOf(Account account) {
        return notifications.findByOwner(account.requireId(), 50, 0).items();
    }

    @Test
    void set_up_sellers_list_cards_and_others_are_refused() {
        ListingView view = list("650", 1, true, true);

        assertThat(view.seller()).isEqualTo(seller.username());
        assertThat(view.listing().status()).isEqualTo(ListingStatus.ACTIVE);
        assertThat(accounts.findById(seller.requireId()).orElseThrow().country()).contains("NL");
        assertThatThrownBy(() -> create.create(new CreateListingCommand(buyer.requireId(),
                ListingTerms_of(charizard)))).isInstanceOf(SellerSetupRequiredException.class);
        assertThatThrownBy(() -> create.create(new CreateListingCommand(seller.requireId(),
                ListingTerms_of(new CardId(999_999))))).isInstanceOfSatisfying(InvalidMarketplaceDataException.class,
                refused -> assertThat(refused.field()).isEqualTo("card_id"));
        assertThatThrownBy(() -> create.create(new CreateListingCommand(seller.requireId(), new ListingTerms(charizard,
                Optional.of("golden"), CardCondition.NM, Optional.empty(), 1, euros("5"), Optional.empty(), true, true,
                List.of(), false)))).isInstanceOfSatisfying(InvalidMarketplaceDataException.class,
                refused -> assertThat(refused.field()).isEqualTo("variant"));
    }

    private static ListingTerms ListingTerms_of(CardId card) {
        return new ListingTerms(card, Optional.empty(), CardCondition.NM, Optional.empty(), 1, euros("5"), Optional.empty(),
                true, true, List.of(), false);
    }

    @Test
    void a_draft_listing_is_kept_unannounced_for_a_set_up_seller_only() {
        ListingTerms terms = new ListingTerms(charizard, Optional.empty(), CardCondition.NM, Optional.empty(), 1, euros("40"),
                Optional.empty(), false, true, List.of(), false);

        ListingView drafted = draft.draft(new CreateListingCommand(seller.requireId(), terms));

        assertThat(drafted.listing().status()).isEqualTo(ListingStatus.DRAFT);
        assertThat(events.published()).isEmpty();
        assertThatThrownBy(() -> draft.draft(new CreateListingCommand(buyer.requireId(), terms)))
                .isInstanceOf(SellerSetupRequiredException.class);
    }

    @Test
    void buy_now_opens_a_transaction_sells_the_listing_and_tells_the_seller() {
        ListingId listing = listed();
        BuyNowReceipt receipt = buyNow.buyNow(new BuyNowCommand(buyer.requireId(), listing, Optional.empty()));

        assertThat(receipt.amount()).isEqualTo(euros("650.00"));
        assertThat(receipt.handlingFee()).isEqualTo(euros("7.50"));
        assertThat(receipt.buyerTotal()).isEqualTo(euros("657.50"));
        assertThat(listings.findById(listing).orElseThrow().status()).isEqualTo(ListingStatus.SOLD);
        assertThat(feedOf(seller)).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(NotificationKind.ORDER_UPDATED);
            assertThat(notice.title()).startsWith("Sold: Charizard");
            assertThat(notice.url()).contains("/transactions/" + receipt.transaction().value());
        });
        assertThat(events.published()).extracting(MarketEvent::type).containsExactly("notification");
        assertThatThrownBy(() -> buyNow.buyNow(new BuyNowCommand(rival.requireId(), listing, Optional.empty())))
                .isInstanceOf(ListingUnavailableException.class);
        assertThat(browse.list(new ListingQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 50, 0))
                .items()).isEmpty();
    }

    @Test
    void a_buyer_losing_the_race_for_the_listing_gets_listing_unavailable_and_nothing_is_written() {
        ListingId listing = listed();
        listings.loseNextUpdates(1);

        assertThatThrownBy(() -> buyNow.buyNow(new BuyNowCommand(buyer.requireId(), listing, Optional.empty())))
                .isInstanceOf(ListingUnavailableException.class);
        assertThat(listTransactions.list(new TransactionQuery(buyer.requireId(), Optional.empty(), 50, 0)).total()).isZero();
        assertThat(feedOf(seller)).isEmpty();
    }

    @Test
    void buy_now_refuses_the_seller_a_listing_without_buy_now_an_unknown_listing_and_another_variant() {
        ListingId listing = listed();
        assertThatThrownBy(() -> buyNow.buyNow(new BuyNowCommand(seller.requireId(), listing, Optional.empty())))
                .hasMessageContaining("own listing");
        ListingId offersOnly = list("10", 1, true, false).listing().requireId();
        assertThatThrownBy(() -> buyNow.buyNow(new BuyNowCommand(buyer.requireId(), offersOnly, Optional.empty())))
                .hasMessageContaining("instantly");
        assertThatThrownBy(() -> buyNow.buyNow(new BuyNowCommand(buyer.requireId(), new ListingId(9_999), Optional.empty())))
                .isInstanceOf(ListingNotFoundException.class);
        assertThatThrownBy(() -> buyNow.buyNow(new BuyNowCommand(buyer.requireId(), listing, Optional.of("holo"))))
                .isInstanceOfSatisfying(InvalidMarketplaceDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("variant"));
        assertThat(listings.findById(listing).orElseThrow().status()).isEqualTo(ListingStatus.ACTIVE);
    }

    @Test
    void bids_are_anonymised_for_everyone_but_the_seller_and_accepting_one_rejects_the_others() {
        ListingId listing = listed();
        BidView first = placeBid.place(new PlaceBidCommand(buyer.requireId(), listing, euros("600"), Optional.of("600?")));
        placeBid.place(new PlaceBidCommand(rival.requireId(), listing, euros("610"), Optional.empty()));
        assertThat(first.bidder()).isEqualTo("bidder-1");
        assertThat(first.mine()).isTrue();
        assertThat(feedOf(seller)).extracting(Notification::kind).containsOnly(NotificationKind.OFFER_RECEIVED).hasSize(2);

        assertThat(listBids.list(Optional.of(seller.requireId()), listing)).extracting(BidView::bidder)
                .containsExactly(rival.username().value(), buyer.username().value());
        assertThat(listBids.list(Optional.empty(), listing)).extracting(BidView::bidder)
                .containsExactly("bidder-2", "bidder-1");
        assertThat(listBids.list(Optional.of(rival.requireId()), listing)).extracting(BidView::mine).containsExactly(true, false);

        assertThatThrownBy(() -> acceptBid.accept(rival.requireId(), first.bid().requireId()))
                .isInstanceOf(BidNotFoundException.class);
        TransactionView opened = acceptBid.accept(seller.requireId(), first.bid().requireId());
        assertThat(opened.transaction().amount()).isEqualTo(euros("600.00"));
        assertThat(opened.transaction().handlingFee()).isEqualTo(euros("0.00"));
        assertThat(opened.viewerRole()).isEqualTo(TransactionParty.SELLER);
        assertThat(opened.buyer()).isEqualTo(buyer.username());
        assertThat(listings.findById(listing).orElseThrow().status()).isEqualTo(ListingStatus.SOLD);
        assertThat(bids.findByListing(listing)).extracting(bid -> bid.status())
                .containsExactly(BidStatus.ACCEPTED, BidStatus.REJECTED);
        assertThat(feedOf(buyer)).extracting(Notification::title).anyMatch(title -> title.contains("was accepted"));
        assertThat(feedOf(rival)).extracting(Notification::title).anyMatch(title -> title.contains("was declined"));
    }

    @Test
    void a_withdrawn_listing_closes_its_bids_and_another_sellers_listing_is_not_found() {
        ListingId listing = listed();
        placeBid.place(new PlaceBidCommand(buyer.requireId(), listing, euros("600"), Optional.empty()));
        assertThatThrownBy(() -> withdraw.withdraw(rival.requireId(), listing)).isInstanceOf(ListingNotFoundException.class);
        assertThatThrownBy(() -> amend.amend(new AmendListingCommand(rival.requireId(), listing,
                ListingAmendment.none().withQuantity(2)))).isInstanceOf(ListingNotFoundException.class);

        withdraw.withdraw(seller.requireId(), listing);
        assertThat(listings.findById(listing).orElseThrow().status()).isEqualTo(ListingStatus.WITHDRAWN);
        assertThat(bids.findByListing(listing)).extracting(bid -> bid.status()).containsExactly(BidStatus.REJECTED);
    }

    @Test
    void the_whole_sale_runs_from_payment_to_ratings_telling_the_other_party_at_each_step() {
        TransactionId id = buyNow.buyNow(new BuyNowCommand(buyer.requireId(), listed(), Optional.empty())).transaction();
        AccountId buying = buyer.requireId();
        AccountId selling = seller.requireId();

        assertThatThrownBy(() -> getTransaction.get(rival.requireId(), id)).isInstanceOf(TransactionNotFoundException.class);
        assertThat(getTransaction.get(buying, id).nextMoves())
                .containsExactlyInAnyOrder(TransactionStatus.PAID, TransactionStatus.CANCELLED);
        assertThatThrownBy(() -> changeStatus.change(new ChangeTransactionStatusCommand(selling, id, TransactionStatus.PAID)))
                .isInstanceOfSatisfying(IllegalTransactionMoveException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("not_your_move");
                    assertThat(refused.current()).isEqualTo(TransactionStatus.AWAITING_PAYMENT);
                });
        assertThatThrownBy(() -> rate.rate(new RateTransactionCommand(buying, id, 5, Optional.empty())))
                .hasMessageContaining("cannot be rated yet");

        changeStatus.change(new ChangeTransactionStatusCommand(buying, id, TransactionStatus.PAID));
        TransactionView shipped = ship.ship(new ShipTransactionCommand(selling, id, new Shipment("postnl", "3S123")));
        assertThat(shipped.transaction().shipment()).contains(new Shipment("postnl", "3S123"));
        assertThat(feedOf(buyer)).extracting(Notification::body).anyMatch(body -> body.contains("tracking number 3S123"));
        TransactionView delivered = changeStatus.change(new ChangeTransactionStatusCommand(buying, id,
                TransactionStatus.DELIVERED));
        assertThat(delivered.mayRate()).isTrue();

        rate.rate(new RateTransactionCommand(buying, id, 5, Optional.of("Perfect")));
        rate.rate(new RateTransactionCommand(selling, id, 4, Optional.empty()));
        assertThatThrownBy(() -> rate.rate(new RateTransactionCommand(buying, id, 1, Optional.empty())))
                .isInstanceOf(DuplicateRatingException.class);
        assertThatThrownBy(() -> rate.rate(new RateTransactionCommand(rival.requireId(), id, 1, Optional.empty())))
                .isInstanceOf(TransactionNotFoundException.class);
        TransactionView completed = changeStatus.change(new ChangeTransactionStatusCommand(buying, id,
                TransactionStatus.COMPLETED));
        assertThat(completed.ratedByViewer()).isTrue();
        assertThat(completed.mayRate()).isFalse();
        assertThatThrownBy(() -> changeStatus.change(new ChangeTransactionStatusCommand(selling, id,
                TransactionStatus.DISPUTED))).isInstanceOfSatisfying(IllegalTransactionMoveException.class,
                refused -> assertThat(refused.current()).isEqualTo(TransactionStatus.COMPLETED));

        assertThat(feedOf(seller)).extracting(Notification::title)
                .anyMatch(title -> title.startsWith("Paid:")).anyMatch(title -> title.startsWith("Completed:"));
        ReputationView sellers = reputation.get(seller.username());
        assertThat(sellers.count()).isEqualTo(1);
        assertThat(sellers.average()).contains(new BigDecimal("5.00"));
        assertThat(sellers.recent()).singleElement().satisfies(line -> {
            assertThat(line.rater()).isEqualTo(buyer.username());
            assertThat(line.review()).contains("Perfect");
        });
        assertThatThrownBy(() -> reputation.get(new io.cardvault.domain.account.Username("nobody-here")))
                .isInstanceOf(TraderNotFoundException.class);
    }

    @Test
    void a_move_lost_to_a_concurrent_one_is_refused_from_the_status_read() {
        TransactionId id = buyNow.buyNow(new BuyNowCommand(buyer.requireId(), listed(), Optional.empty())).transaction();
        transactions.loseNextUpdates(1);

        assertThatThrownBy(() -> changeStatus.change(new ChangeTransactionStatusCommand(buyer.requireId(), id,
                TransactionStatus.PAID))).isInstanceOfSatisfying(IllegalTransactionMoveException.class,
                refused -> assertThat(refused.current()).isEqualTo(TransactionStatus.AWAITING_PAYMENT));
    }

    @Test
    void transactions_list_by_role_newest_first() {
        TransactionId bought = buyNow.buyNow(new BuyNowCommand(buyer.requireId(), listed(), Optional.empty())).transaction();

        assertThat(listTransactions.list(new TransactionQuery(buyer.requireId(), Optional.of(TransactionParty.BUYER), 50, 0))
                .items()).extracting(view -> view.transaction().requireId()).containsExactly(bought);
        assertThat(listTransactions.list(new TransactionQuery(buyer.requireId(), Optional.of(TransactionParty.SELLER), 50, 0))
                .total()).isZero();
    }

    @Test
    void the_browse_filters_by_price_and_condition_and_the_fee_preview_rejects_sub_cents() {
        list("5.00", 1, false, true);
        list("650.00", 1, false, true);

        assertThat(browse.list(new ListingQuery(Optional.of("pokemon"), Optional.of(euros("100")), Optional.empty(),
                Optional.of(CardCondition.NM), 50, 0)).items()).extracting(view -> view.listing().terms().price())
                .containsExactly(euros("650.00"));
        assertThat(preview.preview(euros("650"), true).sellerPayout()).isEqualTo(euros("611.00"));
        assertThatThrownBy(() -> preview.preview(io.cardvault.domain.shared.Money.of("1.005", "EUR"), false))
                .isInstanceOf(InvalidMarketplaceDataException.class);
    }
}
