package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.GetCardUseCase;
import io.cardvault.application.port.in.marketplace.BidView;
import io.cardvault.application.port.in.marketplace.BuyNowCommand;
import io.cardvault.application.port.in.marketplace.BuyNowReceipt;
import io.cardvault.application.port.in.marketplace.BuyNowUseCase;
import io.cardvault.application.port.in.marketplace.GetListingUseCase;
import io.cardvault.application.port.in.marketplace.GetReputationUseCase;
import io.cardvault.application.port.in.marketplace.ListBidsUseCase;
import io.cardvault.application.port.in.marketplace.ListingNotFoundException;
import io.cardvault.application.port.in.marketplace.ListingPaths;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.in.marketplace.PlaceBidCommand;
import io.cardvault.application.port.in.marketplace.PlaceBidUseCase;
import io.cardvault.application.port.in.marketplace.ReputationView;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.marketplace.FeeSchedule;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingStatus;
import io.cardvault.domain.marketplace.MarketplaceRejection;
import io.cardvault.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One listing ({@code /{lang}/listings/{id}}): its photos, card, condition or slab, description,
 * price, the seller with their reputation, the bids (anonymised for all but the seller, by the bids
 * use case's rule) and, while it is on sale, the bid form (when it accepts offers) and buy-now (when
 * enabled, with the buyer's handling fee). Both forms post to this page (post, redirect, get): a bid
 * comes back here saying so, a purchase goes on to its checkout, a refusal comes back as a message;
 * an anonymous visitor is sent to sign in and back. Unknown and withdrawn listings are 404.
 */
@Named
@RequestScoped
public class ListingPage {

    /** The refusals the page words ({@code listing.error.self_buy}, …); anything else reads as a general one. */
    static final Set<String> ERRORS = Set.of("listing_unavailable", "self_buy", "buy_now_disabled", "self_bid",
            "offers_disabled", "amount", "message");
    private static final Currency EURO = Currency.getInstance("EUR");

    private final GetListingUseCase listings;
    private final GetCardUseCase cards;
    private final ListBidsUseCase bids;
    private final PlaceBidUseCase placeBid;
    private final BuyNowUseCase buyNow;
    private final GetReputationUseCase reputations;
    private final FeeSchedule fees;
    private final WebContext web;
    private final HttpServletRequest request;
    private ListingView view;
    private CardDetails card;
    private Optional<ReputationView> reputation = Optional.empty();
    private List<BidRow> bidRows = List.of();
    private boolean mine;

    @Inject
    public ListingPage(GetListingUseCase listings, GetCardUseCase cards, ListBidsUseCase bids, PlaceBidUseCase placeBid,
                       BuyNowUseCase buyNow, GetReputationUseCase reputations, FeeSchedule fees, WebContext web,
                       HttpServletRequest request) {
        this.listings = listings;
        this.cards = cards;
        this.bids = bids;
        this.placeBid = placeBid;
        this.buyNow = buyNow;
        this.reputations = reputations;
        this.fees = fees;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected ListingPage() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** View action: carries out a posted bid or purchase (then redirects), else loads the listing or answers 404. */
    public void load() {
        String id = web.parameter("id");
        if (!id.matches("[1-9]\\d{0,17}")) {
            web.notFound();
            return;
        }
        ListingId listingId = new ListingId(Long.parseLong(id));
        if (WatchForms.posted(request)) {
            carryOut(listingId);
            return;
        }
        try {
            view = listings.get(listingId);
            card = cards.card(MarketplaceListings.cardOf(view));
        } catch (ListingNotFoundException | CatalogueEntryNotFoundException e) {
            view = null;
        }
        if (view == null || view.listing().status() == ListingStatus.WITHDRAWN) {
            view = null;
            web.notFound();
            return;
        }
        Optional<AccountId> viewer = web.currentAccount().map(Account::requireId);
        mine = viewer.filter(view.listing()::isOwnedBy).isPresent();
        reputation = MarketplaceListings.reputation(reputations, view.seller());
        bidRows = bids.list(viewer, listingId).stream().map(this::bidRow).toList();
    }

    private void carryOut(ListingId listing) {
        String back = ListingPaths.of(listing.value());
        Optional<AccountId> buyer = web.currentAccount().map(Account::requireId);
        if (buyer.isEmpty()) {
            web.redirect("/signin?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        try {
            switch (web.parameter("do")) {
                case "buy" -> {
                    BuyNowReceipt receipt = buyNow.buyNow(new BuyNowCommand(buyer.get(), listing, Optional.empty()));
                    web.redirect("/checkout/" + receipt.transaction().value());
                }
                case "bid" -> {
                    placeBid.place(new PlaceBidCommand(buyer.get(), listing, amount(web.parameter("amount")),
                            Optional.of(web.parameter("message")).filter(text -> !text.isEmpty())));
                    web.redirect(back + "?done=bid#bids");
                }
                default -> web.redirect(back);
            }
        } catch (ListingNotFoundException gone) {
            web.notFound();
        } catch (MarketplaceRejection refused) {
            web.redirect(back + "?error=" + refused.code());
        } catch (InvalidMarketplaceDataException refused) {
            web.redirect(back + "?error=" + ("message".equals(refused.field()) ? "message" : "amount") + "#bid-form");
        }
    }

    private static Money amount(String typed) {
        if (typed.isEmpty() || !SearchPage.isPriceBound(typed)) {
            throw new InvalidMarketplaceDataException("amount", "not an amount: " + typed);
        }
        return new Money(EURO, SearchPage.priceBound(typed).orElseThrow());
    }

    private BidRow bidRow(BidView bid) {
        return new BidRow(bid.bidder(), bid.anonymised(), bid.mine(), MarketRow.money(bid.bid().amount(), web.getLocale()),
                bid.bid().message().orElse(""), web.message("bid.status." + bid.bid().status().code()),
                WatchForms.dateTime(bid.bid().createdAt(), web.getLocale()));
    }

    private Listing listing() {
        return view.listing();
    }

    public boolean isFound() {
        return view != null;
    }

    public long getId() {
        return listing().requireId().value();
    }

    /** The card: name, set, number, picture (the page shows it as its tiles do). */
    public CardTile getCard() {
        return CardTile.of(card, web.getBase());
    }

    /** The seller's photos, as served by the listing-image route. */
    public List<String> getPhotos() {
        return listing().terms().imageUrls();
    }

    public String getVariant() {
        return listing().terms().variant().map(MyCollectionPage::words).orElse("");
    }

    public String getCondition() {
        return MarketplaceListings.condition(web, listing().terms().condition());
    }

    public String getGrading() {
        return MarketplaceListings.grading(listing().terms().grading());
    }

    public int getQuantity() {
        return listing().terms().quantity();
    }

    /** The seller's own text; the page escapes it like every value. */
    public String getDescription() {
        return listing().terms().description().orElse("");
    }

    public String getPrice() {
        return MarketRow.money(listing().terms().price(), web.getLocale());
    }

    public String getHandlingFee() {
        return MarketRow.money(fees.handlingFee(listing().terms().price()), web.getLocale());
    }

    public String getBuyerTotal() {
        return MarketRow.money(listing().terms().price().plus(fees.handlingFee(listing().terms().price())), web.getLocale());
    }

    public String getStatus() {
        return listing().status().code();
    }

    public String getStatusLabel() {
        return web.message("listing.status." + listing().status().code());
    }

    public boolean isOnSale() {
        return listing().status() == ListingStatus.ACTIVE;
    }

    public boolean isBuyable() {
        return isOnSale() && listing().terms().buyNowEnabled() && !mine;
    }

    public boolean isBiddable() {
        return isOnSale() && listing().terms().acceptsOffers() && !mine;
    }

    /** Whether the visitor is the listing's seller (who sees bidders' names and no buy or bid form). */
    public boolean isMine() {
        return mine;
    }

    public boolean isDemo() {
        return view.isDemo();
    }

    public String getSeller() {
        return view.seller().value();
    }

    public String getStarRow() {
        return MarketplaceListings.starRow(MarketplaceListings.stars(reputation.flatMap(ReputationView::average)));
    }

    public String getAverage() {
        return MarketplaceListings.average(reputation.flatMap(ReputationView::average), web.getLocale());
    }

    public long getRatings() {
        return reputation.map(ReputationView::count).orElse(0L);
    }

    public List<ReviewRow> getReviews() {
        return reputation.map(found -> found.recent().stream().limit(3).map(review -> new ReviewRow(review.stars(),
                MarketplaceListings.starRow(review.stars()), review.review().orElse(""), review.rater().value(),
                WatchForms.dateTime(review.at(), web.getLocale()))).toList()).orElse(List.of());
    }

    public List<BidRow> getBids() {
        return bidRows;
    }

    /** Where the sign-in link sends a visitor who wants to buy or bid, and back here after. */
    public String getSignInHref() {
        return web.getBase() + "/signin?next=" + URLEncoder.encode(ListingPaths.of(getId()), StandardCharsets.UTF_8);
    }

    /** The refusal the form's redirect named, in the page's language; empty for none. */
    public String getError() {
        String code = web.parameter("error");
        return code.isEmpty() ? "" : web.message("listing.error." + (ERRORS.contains(code) ? code : "other"));
    }

    public boolean isBidPlaced() {
        return "bid".equals(web.parameter("done"));
    }

    /** One bid as this visitor may see it. */
    public record BidRow(String bidder, boolean anonymised, boolean mine, String amount, String message, String status,
                         String placed) {

        public String getBidder() {
            return bidder;
        }

        public boolean isAnonymised() {
            return anonymised;
        }

        public boolean isMine() {
            return mine;
        }

        public String getAmount() {
            return amount;
        }

        public String getMessage() {
            return message;
        }

        public String getStatus() {
            return status;
        }

        public String getPlaced() {
            return placed;
        }
    }

    /** One of the seller's recent reviews. */
    public record ReviewRow(int stars, String starRow, String review, String rater, String at) {

        public int getStars() {
            return stars;
        }

        public String getStarRow() {
            return starRow;
        }

        public String getReview() {
            return review;
        }

        public String getRater() {
            return rater;
        }

        public String getAt() {
            return at;
        }
    }
}
