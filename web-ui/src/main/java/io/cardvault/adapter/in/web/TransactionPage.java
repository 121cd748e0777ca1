package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.GetCardUseCase;
import io.cardvault.application.port.in.marketplace.ChangeTransactionStatusCommand;
import io.cardvault.application.port.in.marketplace.ChangeTransactionStatusUseCase;
import io.cardvault.application.port.in.marketplace.GetListingUseCase;
import io.cardvault.application.port.in.marketplace.GetTransactionUseCase;
import io.cardvault.application.port.in.marketplace.RateTransactionCommand;
import io.cardvault.application.port.in.marketplace.RateTransactionUseCase;
import io.cardvault.application.port.in.marketplace.ShipTransactionCommand;
import io.cardvault.application.port.in.marketplace.ShipTransactionUseCase;
import io.cardvault.application.port.in.marketplace.TransactionNotFoundException;
import io.cardvault.application.port.in.marketplace.TransactionView;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.MarketplaceRejection;
import io.cardvault.domain.marketplace.Rating;
import io.cardvault.domain.marketplace.Shipment;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionId;
import io.cardvault.domain.marketplace.TransactionOrigin;
import io.cardvault.domain.marketplace.TransactionParty;
import io.cardvault.domain.marketplace.TransactionStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One transaction, for its buyer and seller only (anyone else gets the 404 page): the card, price
 * and fees, the other party, the timeline of its state machine with when each step was reached,
 * and as buttons only the moves the viewer may make now, as the domain's state machine answers
 * them ({@link TransactionView#nextMoves()}); the seller ships through a carrier and tracking form,
 * and once the card has arrived each party rates the other. The forms post here, and a move the
 * machine refuses (the page was stale) is answered with the domain's reason on the page.
 */
@Named
@RequestScoped
public class TransactionPage {

    /** The way a sale normally goes; cancelled and disputed end it early. */
    private static final List<TransactionStatus> PATH = List.of(TransactionStatus.AWAITING_PAYMENT, TransactionStatus.PAID,
            TransactionStatus.SHIPPED, TransactionStatus.DELIVERED, TransactionStatus.COMPLETED);
    private static final Set<String> OUTCOMES = Set.of("paid", "shipped", "delivered", "completed", "cancelled",
            "disputed", "rated", "accepted");

    private final GetTransactionUseCase transactions;
    private final ChangeTransactionStatusUseCase change;
    private final ShipTransactionUseCase ship;
    private final RateTransactionUseCase rate;
    private final GetListingUseCase listings;
    private final GetCardUseCase cards;
    private final WebContext web;
    private final HttpServletRequest request;
    private TransactionView view;
    private DealCards.DealCard card;
    private String error = "";
    private String notice = "";

    @Inject
    public TransactionPage(GetTransactionUseCase transactions, ChangeTransactionStatusUseCase change,
                           ShipTransactionUseCase ship, RateTransactionUseCase rate, GetListingUseCase listings,
                           GetCardUseCase cards, WebContext web, HttpServletRequest request) {
        this.transactions = transactions;
        this.change = change;
        this.ship = ship;
        this.rate = rate;
        this.listings = listings;
        this.cards = cards;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected TransactionPage() {
        this(null, null, null, null, null, null, null, null);
    }

    /** View action: a posted move is made (then redirected here), and the transaction is read for its party. */
    public void load() {
        Optional<AccountId> signedIn = WatchForms.ownerToRender(web, request, this::carriedOut);
        if (signedIn.isEmpty()) {
            return;
        }
        try {
            view = transactions.get(signedIn.get(), DealForms.transaction(web.parameter("id")));
        } catch (TransactionNotFoundException notAParty) {
            web.notFound();
            return;
        }
        if (error.isEmpty()) {
            notice = WatchForms.notice(web, "deals", OUTCOMES);
        }
        card = new DealCards(cards, web).card(view.transaction(), listings);
    }

    private boolean carriedOut(AccountId party) {
        TransactionId id;
        try {
            id = DealForms.transaction(web.parameter("id"));
        } catch (TransactionNotFoundException unknown) {
            return false; // the read answers 404
        }
        try {
            String done = switch (web.parameter("do")) {
                case "move" -> {
                    TransactionStatus next = TransactionStatus.find(web.parameter("status")).orElseThrow(() ->
                            new InvalidMarketplaceDataException("status", "no such status"));
                    change.change(new ChangeTransactionStatusCommand(party, id, next));
                    yield next.code();
                }
                case "ship" -> {
                    ship.ship(new ShipTransactionCommand(party, id, new Shipment(web.parameter("carrier"),
                            web.parameter("tracking_number"))));
                    yield TransactionStatus.SHIPPED.code();
                }
                case "rate" -> {
                    rate.rate(new RateTransactionCommand(party, id, stars(web.parameter("rating")),
                            WatchForms.optional(web.parameter("review"))));
                    yield "rated";
                }
                default -> throw new InvalidMarketplaceDataException("do", "no such form");
            };
            web.redirect("/transactions/" + id.value() + "?done=" + done);
            return true;
        } catch (TransactionNotFoundException notAParty) {
            return false;
        } catch (MarketplaceRejection refused) {
            error = DealForms.refusal(web, refused);
        } catch (InvalidMarketplaceDataException refused) {
            error = DealForms.invalid(web, refused);
        }
        return false;
    }

    private static int stars(String text) {
        return DealForms.number(text).filter(stars -> stars <= Rating.MAX_STARS).map(Long::intValue).orElseThrow(() ->
                new InvalidMarketplaceDataException("rating", "choose 1 to 5 stars"));
    }

    public boolean isFound() {
        return view != null;
    }

    public long getId() {
        return transaction().requireId().value();
    }

    public DealCards.DealCard getCard() {
        return card;
    }

    public boolean isBuyer() {
        return view.viewerRole() == TransactionParty.BUYER;
    }

    public String getStatus() {
        return DealForms.status(web, transaction().status());
    }

    public String getStatusCode() {
        return transaction().status().code();
    }

    /** The other party's username. */
    public String getCounterparty() {
        return (isBuyer() ? view.seller() : view.buyer()).value();
    }

    public boolean isFromBid() {
        return transaction().origin() == TransactionOrigin.BID;
    }

    public SaleAmounts getAmounts() {
        return new SaleAmounts(transaction(), web.getLocale());
    }

    public boolean isShipped() {
        return transaction().shipment().isPresent();
    }

    public String getCarrier() {
        return transaction().shipment().map(Shipment::carrier).orElse("");
    }

    public String getTrackingNumber() {
        return transaction().shipment().map(Shipment::trackingNumber).orElse("");
    }

    /**
     * The state machine's way as this sale went: each status of the normal path with when it was
     * reached (later ones still to come), or, once cancelled or disputed, the steps it did reach and
     * the one that ended it.
     */
    public List<Step> getTimeline() {
        Transaction transaction = transaction();
        Map<TransactionStatus, Instant> reached = transaction.timeline();
        boolean endedEarly = transaction.status() == TransactionStatus.CANCELLED
                || transaction.status() == TransactionStatus.DISPUTED;
        List<Step> steps = new ArrayList<>();
        for (TransactionStatus status : PATH) {
            Instant at = reached.get(status);
            if (at != null || !endedEarly) {
                steps.add(step(status, at, transaction.status()));
            }
        }
        if (endedEarly) {
            steps.add(step(transaction.status(), reached.get(transaction.status()), transaction.status()));
        }
        return steps;
    }

    private Step step(TransactionStatus status, Instant at, TransactionStatus current) {
        String state = at == null ? "upcoming" : status == current ? "current" : "done";
        return new Step(status.code(), DealForms.status(web, status), at == null ? "" : WatchForms.dateTime(at, web.getLocale()),
                state);
    }

    /** The moves the viewer may make now, but shipping (which has its own form), in the machine's order. */
    public List<Move> getMoves() {
        return view.nextMoves().stream().filter(next -> next != TransactionStatus.SHIPPED).sorted(Comparator.naturalOrder())
                .map(next -> new Move(next.code(), web.message("deals.move." + next.code()),
                        next == TransactionStatus.CANCELLED || next == TransactionStatus.DISPUTED
                                ? web.message("deals.move." + next.code() + ".confirm") : ""))
                .toList();
    }

    public boolean isMayShip() {
        return view.nextMoves().contains(TransactionStatus.SHIPPED);
    }

    /** Whether the buyer still has to pay: the checkout page is where. */
    public boolean isAwaitingPayment() {
        return isBuyer() && view.nextMoves().contains(TransactionStatus.PAID);
    }

    public boolean isMayRate() {
        return view.mayRate();
    }

    public List<RatingRow> getRatings() {
        return view.ratings().stream().map(rating -> new RatingRow(
                web.message("deals.rating.by." + rating.raterRole().code()), rating.stars(), rating.review().orElse(""),
                rating.raterRole() == view.viewerRole())).toList();
    }

    public int getMaxReview() {
        return Rating.MAX_REVIEW;
    }

    public int getMaxCarrier() {
        return Shipment.MAX_CARRIER;
    }

    public int getMaxTracking() {
        return Shipment.MAX_TRACKING;
    }

    public String getError() {
        return error;
    }

    public String getNotice() {
        return notice;
    }

    private Transaction transaction() {
        return view.transaction();
    }

    /** One step of the timeline: its status, when it was reached (empty: not yet) and done, current or upcoming. */
    public record Step(String code, String label, String at, String state) {

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public String getAt() {
            return at;
        }

        public String getState() {
            return state;
        }
    }

    /** A move offered as a button: the status it leads to, its label and, for the ones that end the sale, a question first. */
    public record Move(String status, String label, String confirm) {

        public String getStatus() {
            return status;
        }

        public String getLabel() {
            return label;
        }

        public String getConfirm() {
            return confirm;
        }
    }

    /** A rating given: by which side, the stars, the review, and whether it is the viewer's own. */
    public record RatingRow(String by, int stars, String review, boolean mine) {

        public String getBy() {
            return by;
        }

        public int getStars() {
            return stars;
        }

        public String getReview() {
            return review;
        }

        public boolean isMine() {
            return mine;
        }
    }
}
