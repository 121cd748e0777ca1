package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingTerms;
import java.math.BigDecimal;
import java.util.List;

/** A listing as the API shows it: the spec's listing fields, the seller's username, status and lifetime. */
public record ListingResponse(long id, String sellerUsername, long cardId, String variant, String condition, boolean graded,
                              String gradingCompany, String grade, int quantity, BigDecimal price, String currency,
                              String description, boolean acceptsOffers, boolean buyNowEnabled, List<String> imageUrls,
                              boolean imageProtection, String status, String createdAt, String expiresAt,
                              int renewalCount) {

    static ListingResponse from(ListingView view) {
        Listing listing = view.listing();
        ListingTerms terms = listing.terms();
        return new ListingResponse(listing.requireId().value(), view.seller().value(), terms.card().value(),
                terms.variant().orElse(null), terms.condition().name(), terms.isGraded(),
                terms.grading().map(grading -> grading.company().code().toUpperCase(java.util.Locale.ROOT)).orElse(null),
                terms.grading().map(grading -> grading.grade()).orElse(null), terms.quantity(), terms.price().amount(),
                terms.price().currency().getCurrencyCode(), terms.description().orElse(null), terms.acceptsOffers(),
                terms.buyNowEnabled(), terms.imageUrls(), terms.imageProtection(), listing.status().code(),
                listing.createdAt().toString(), listing.expiresAt().toString(), listing.renewalCount());
    }
}
