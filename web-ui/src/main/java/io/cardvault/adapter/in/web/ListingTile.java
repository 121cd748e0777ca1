package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.in.marketplace.ReputationView;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.marketplace.Listing;
import java.util.Optional;

/**
 * A listing in the marketplace's grid: the card's picture, name, set and number, the condition or
 * slab, the price, and the seller with their reputation; demo stock is marked.
 */
public final class ListingTile {

    private final long id;
    private final String href;
    private final String cardName;
    private final String setName;
    private final String number;
    private final CardPicture picture;
    private final int hue;
    private final String condition;
    private final String grading;
    private final String price;
    private final String seller;
    private final String starRow;
    private final String average;
    private final long ratings;
    private final boolean demo;

    private ListingTile(long id, String href, String cardName, String setName, String number, CardPicture picture, int hue,
                        String condition, String grading, String price, String seller, String starRow, String average,
                        long ratings, boolean demo) {
        this.id = id;
        this.href = href;
        this.cardName = cardName;
        this.setName = setName;
        this.number = number;
        this.picture = picture;
        this.hue = hue;
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
        CardOverview overview = card.card();
        long id = listing.requireId().value();
        return new ListingTile(id, web.getBase() + "/listings/" + id, overview.name(), card.set().name(),
                overview.collectorNumber() == null ? overview.localId() : overview.collectorNumber(),
                CardPicture.thumbnail(overview.images()), CardTile.hueOf(overview.name(), overview.types()),
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

    public String getCardName() {
        return cardName;
    }

    public String getSetName() {
        return setName;
    }

    public String getNumber() {
        return number;
    }

    /** The card's small picture, null when it has none (its drawn tile is shown). */
    public CardPicture getPicture() {
        return picture;
    }

    public int getHue() {
        return hue;
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
