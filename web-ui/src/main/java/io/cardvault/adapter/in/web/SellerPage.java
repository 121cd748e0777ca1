package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.GetCardUseCase;
import io.cardvault.application.port.in.marketplace.AcceptBidUseCase;
import io.cardvault.application.port.in.marketplace.AmendListingCommand;
import io.cardvault.application.port.in.marketplace.AmendListingUseCase;
import io.cardvault.application.port.in.marketplace.BidNotFoundException;
import io.cardvault.application.port.in.marketplace.BidView;
import io.cardvault.application.port.in.marketplace.ListBidsUseCase;
import io.cardvault.application.port.in.marketplace.ListSellerListingsUseCase;
import io.cardvault.application.port.in.marketplace.ListingNotFoundException;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.in.marketplace.PublishListingUseCase;
import io.cardvault.application.port.in.marketplace.RenewListingUseCase;
import io.cardvault.application.port.in.marketplace.SellerListingsQuery;
import io.cardvault.application.port.in.marketplace.SetUpSellerCommand;
import io.cardvault.application.port.in.marketplace.SetUpSellerUseCase;
import io.cardvault.application.port.in.marketplace.TransactionView;
import io.cardvault.application.port.in.marketplace.WithdrawListingUseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.marketplace.BidStatus;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingAmendment;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingStatus;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.marketplace.MarketplaceRejection;
import io.cardvault.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The seller dashboard: setting up as a seller when that is not done yet, then the seller's own
 * listings in every status (or one: drafts from a Cardmarket import, active, sold, …), each with
 * only the acts its status allows as the listing itself answers them ({@link Listing#isRenewable()},
 * …): renew (showing the new expiry and renewal count), withdraw (after a confirmation), change price
 * and description, publish a draft; and the bids received on each listing with "accept", which opens
 * the sale and leads to its transaction page. Forms post here and are answered with a redirect.
 */
@Named
@RequestScoped
public class SellerPage {

    static final int PAGE_SIZE = 20;
    private static final Set<String> OUTCOMES = Set.of("setup", "renewed", "withdrawn", "amended", "published");
    private static final Currency EURO = Currency.getInstance(ListingTerms.CURRENCY);

    private final SetUpSellerUseCase setUp;
    private final ListSellerListingsUseCase mine;
    private final RenewListingUseCase renew;
    private final WithdrawListingUseCase withdraw;
    private final AmendListingUseCase amend;
    private final PublishListingUseCase publish;
    private final ListBidsUseCase bids;
    private final AcceptBidUseCase accept;
    private final GetCardUseCase cards;
    private final WebContext web;
    private final HttpServletRequest request;
    private boolean seller;
    private List<ListingRow> listings = List.of();
    private Pager pager;
    private Optional<ListingStatus> status = Optional.empty();
    private String error = "";
    private String notice = "";

    @Inject
    public SellerPage(SetUpSellerUseCase setUp, ListSellerListingsUseCase mine, RenewListingUseCase renew,
                      WithdrawListingUseCase withdraw, AmendListingUseCase amend, PublishListingUseCase publish,
                      ListBidsUseCase bids, AcceptBidUseCase accept, GetCardUseCase cards, WebContext web,
                      HttpServletRequest request) {
        this.setUp = setUp;
        this.mine = mine;
        this.renew = renew;
        this.withdraw = withdraw;
        this.amend = amend;
        this.publish = publish;
        this.bids = bids;
        this.accept = accept;
        this.cards = cards;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected SellerPage() {
        this(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** View action: a posted form is carried out (then redirected), and the dashboard is read. */
    public void load() {
        Optional<AccountId> signedIn = WatchForms.ownerToRender(web, request, this::carriedOut);
        if (signedIn.isEmpty()) {
            return;
        }
        seller = web.currentAccount().map(Account::seller).orElse(false);
        if (!seller) {
            return;
        }
        status = ListingStatus.find(web.parameter("status"));
        int page = web.pageParameter();
        Slice<ListingView> slice = mine.list(new SellerListingsQuery(signedIn.get(), status, PAGE_SIZE,
                Math.toIntExact(Math.min((long) (page - 1) * PAGE_SIZE, Integer.MAX_VALUE))));
        pager = new Pager(page, slice.total(), PAGE_SIZE, web.getBase() + "/seller",
                status.map(only -> Map.of("status", only.code())).orElse(Map.of()));
        DealCards dealCards = new DealCards(cards, web);
        listings = slice.items().stream().map(view -> row(signedIn.get(), view.listing(), dealCards)).toList();
        if (error.isEmpty()) {
            notice = WatchForms.notice(web, "seller", OUTCOMES);
        }
    }

    private boolean carriedOut(AccountId owner) {
        try {
            String action = web.parameter("do");
            if ("accept".equals(action)) {
                TransactionView sale = accept.accept(owner, DealForms.bid(web.parameter("bid")).orElseThrow(BidNotFoundException::new));
                web.redirect("/transactions/" + sale.transaction().requireId().value() + "?done=accepted");
                return true;
            }
            String done = switch (action) {
                case "setup" -> {
                    setUp.setUp(new SetUpSellerCommand(owner, web.parameter("display_name"), web.parameter("country")));
                    yield "setup";
                }
                case "renew" -> {
                    renew.renew(owner, listing());
                    yield "renewed";
                }
                case "withdraw" -> {
                    withdraw.withdraw(owner, listing());
                    yield "withdrawn";
                }
                case "amend" -> {
                    amend.amend(new AmendListingCommand(owner, listing(), amendment()));
                    yield "amended";
                }
                case "publish" -> {
                    publish.publish(owner, listing());
                    yield "published";
                }
                default -> throw new InvalidMarketplaceDataException("do", "no such form");
            };
            web.redirect("/seller?done=" + done + ("setup".equals(done) ? "" : "&listing=" + web.parameter("listing")));
            return true;
        } catch (ListingNotFoundException | BidNotFoundException gone) {
            error = web.message("seller.error.gone");
        } catch (MarketplaceRejection refused) {
            error = DealForms.refusal(web, refused);
        } catch (InvalidMarketplaceDataException refused) {
            error = DealForms.invalid(web, refused);
        } catch (InvalidAccountDataException refused) {
            error = DealForms.invalid(web, refused);
        }
        return false;
    }

    private ListingId listing() {
        return DealForms.listing(web.parameter("listing")).orElseThrow(ListingNotFoundException::new);
    }

    /** The price and description form: the price always, the description as typed (blank clears it). */
    private ListingAmendment amendment() {
        Money price;
        try {
            price = new Money(EURO, new BigDecimal(web.parameter("price").replace(',', '.')));
        } catch (IllegalArgumentException notAnAmount) { // NumberFormatException included
            throw new InvalidMarketplaceDataException("price", "not a euro amount: " + web.parameter("price"));
        }
        ListingAmendment none = ListingAmendment.none();
        return new ListingAmendment(none.variant(), none.condition(), none.grading(), none.quantity(), Optional.of(price),
                Optional.of(WatchForms.optional(web.parameter("description"))), none.acceptsOffers(),
                none.buyNowEnabled(), none.imageUrls(), none.imageProtection());
    }

    private ListingRow row(AccountId owner, Listing listing, DealCards dealCards) {
        var locale = web.getLocale();
        long id = listing.requireId().value();
        ListingTerms terms = listing.terms();
        List<BidRow> received = listing.status() == ListingStatus.DRAFT ? List.of()
                : bids.list(Optional.of(owner), listing.requireId()).stream().map(bid -> bidRow(bid, listing)).toList();
        return new ListingRow(id, dealCards.card(terms.card(), terms.imageUrls()), listing.status().code(),
                web.message("seller.status." + listing.status().code()), MarketRow.money(terms.price(), locale),
                terms.price().amount().toPlainString(), terms.quantity(), terms.description().orElse(""),
                listing.status() == ListingStatus.DRAFT ? "" : date(listing), listing.renewalCount(), listing.isRenewable(),
                listing.isWithdrawable(), listing.isAmendable(), listing.isPublishable(), received);
    }

    private String date(Listing listing) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(web.getLocale()).withZone(ZoneOffset.UTC)
                .format(listing.expiresAt());
    }

    private BidRow bidRow(BidView view, Listing listing) {
        return new BidRow(view.bid().requireId().value(), view.bidder(), MarketRow.money(view.bid().amount(), web.getLocale()),
                view.bid().message().orElse(""), web.message("seller.bid." + view.bid().status().code()),
                view.bid().status() == BidStatus.PENDING && listing.status() == ListingStatus.ACTIVE);
    }

    public boolean isSeller() {
        return seller;
    }

    public List<ListingRow> getListings() {
        return listings;
    }

    public Pager getPager() {
        return pager;
    }

    /** The filter tabs: every status, then each one, the chosen one marked. */
    public List<LinkOption> getFilters() {
        String base = web.getBase() + "/seller";
        List<LinkOption> filters = new java.util.ArrayList<>();
        filters.add(new LinkOption("all", web.message("seller.filter.all"), base, status.isEmpty()));
        Arrays.stream(ListingStatus.values()).forEach(each -> filters.add(new LinkOption(each.code(),
                web.message("seller.status." + each.code()), base + "?status=" + each.code(),
                status.filter(each::equals).isPresent())));
        return filters;
    }

    /** After a renewal, the listing's new expiry and renewal count, when it is on this page. */
    public String getRenewal() {
        if (!"renewed".equals(web.parameter("done"))) {
            return "";
        }
        return listings.stream().filter(row -> String.valueOf(row.id()).equals(web.parameter("listing"))).findFirst()
                .map(row -> java.text.MessageFormat.format(web.message("seller.renewedUntil"), row.expires(),
                        row.renewals()))
                .orElse("");
    }

    public String getDisplayName() {
        return web.currentAccount().flatMap(Account::displayName).orElse("");
    }

    public String getError() {
        return error;
    }

    public String getNotice() {
        return notice;
    }

    public int getMaxDescription() {
        return ListingTerms.MAX_DESCRIPTION;
    }

    /** One listing of the seller's with the acts its status allows and the bids it received. */
    public record ListingRow(long id, DealCards.DealCard card, String statusCode, String status, String price,
                             String priceValue, int quantity, String description, String expires, int renewals,
                             boolean renewable, boolean withdrawable, boolean amendable, boolean publishable,
                             List<BidRow> bids) {

        public long getId() {
            return id;
        }

        public DealCards.DealCard getCard() {
            return card;
        }

        public String getStatusCode() {
            return statusCode;
        }

        public String getStatus() {
            return status;
        }

        public String getPrice() {
            return price;
        }

        public String getPriceValue() {
            return priceValue;
        }

        public int getQuantity() {
            return quantity;
        }

        public String getDescription() {
            return description;
        }

        public String getExpires() {
            return expires;
        }

        public int getRenewals() {
            return renewals;
        }

        public boolean isRenewable() {
            return renewable;
        }

        public boolean isWithdrawable() {
            return withdrawable;
        }

        public boolean isAmendable() {
            return amendable;
        }

        public boolean isPublishable() {
            return publishable;
        }

        public List<BidRow> getBids() {
            return bids;
        }
    }

    /** A bid received: who (the seller sees usernames), how much, the message, its status, whether it can be accepted. */
    public record BidRow(long id, String bidder, String amount, String message, String status, boolean acceptable) {

        public long getId() {
            return id;
        }

        public String getBidder() {
            return bidder;
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

        public boolean isAcceptable() {
            return acceptable;
        }
    }
}
