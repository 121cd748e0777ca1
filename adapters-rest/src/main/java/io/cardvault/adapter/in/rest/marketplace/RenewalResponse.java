package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.application.port.in.marketplace.ListingView;

/** The spec's renewal answer: the new expiry and how often the listing was renewed. */
public record RenewalResponse(boolean ok, String expiresAt, int renewalCount) {

    static RenewalResponse from(ListingView view) {
        return new RenewalResponse(true, view.listing().expiresAt().toString(), view.listing().renewalCount());
    }
}
