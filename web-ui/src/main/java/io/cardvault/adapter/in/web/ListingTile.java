package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.marketplace.ListingPaths;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.in.marketplace.ReputationView;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.marketplace.Listing;
import java.util.Optional;

/**
 * A listing in the marketplace's grid: the card's picture, name, set and number, the condition or
 * slab, the price, and the seller with their reputation; demo stock is marked.
 */
public final class ListingTile {

    private final long id;
    private final String href;
    private final CardTile card;
    private final String condition;
    private final String grading;
    private final String price;
    private final String seller;
    private final String starRow;
    private final String average;
    private final long ratings;
    private final boolean demo;

    private ListingTile(long id, String href, CardTile card, String condition, String grading, String price, String seller, String starRow, String average,
                        long ratings, boolean demo) {
        this.id = id;
        this.href = href;
        this.card = card;
        this.condition = condition;
        this.grading = grading;
        this.price = price;
        this.seller = seller;
        this.starRow = starRow;
        this.average = average;
        this.ratings = ratings;
        this.demo = demo;
    }

    static ListingTile of(ListingView view, CardDetails card, Optional<ReputationView> reputation, WebContext web) {
        Listing listing = view.listing();
        long id = listing.requireId().value();
        return new ListingTile(id, web.getBase() + ListingPaths.of(id), CardTile.of(card, web.getBase()),
                MarketplaceListings.condition(web, listing.terms().condition()),
                MarketplaceListings.grading(listing.terms().grading()),
                MarketRow.money(listing.terms().price(), web.getLocale()), view.seller().value(),
                MarketplaceListings.starRow(MarketplaceListings.stars(reputation.flatMap(ReputationView::average))),
                MarketplaceListings.average(reputation.flatMap(ReputationView::average), web.getLocale()),
                reputation.map(ReputationView::count).orElse(0L), view.isDemo());
    }

    public long getId() {
        return id;
    }

    public String getHref() {
        return href;
    }

    /** The listed card: name, set, number, picture. */
    public CardTile getCard() {
        return card;
    }

    public String getCondition() {
        return condition;
    }

    /** The slab ({@code PSA 9}), empty for a raw card. */
    public String getGrading() {
        return grading;
    }

    public String getPrice() {
        return price;
    }

    public String getSeller() {
        return seller;
    }

    public String getStarRow() {
        return starRow;
    }

    /** The seller's average rating, empty when nobody rated them yet. */
    public String getAverage() {
        return average;
    }

    public long getRatings() {
        return ratings;
    }

    /** Whether a demo seller lists it: made-up stock, labelled as such. */
    public boolean isDemo() {
        return demo;
    }
}
