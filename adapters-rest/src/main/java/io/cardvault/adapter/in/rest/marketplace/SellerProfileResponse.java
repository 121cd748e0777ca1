package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.application.port.in.marketplace.SellerProfile;

/** The seller set-up's answer. */
public record SellerProfileResponse(boolean ok, boolean isSeller, String username, String displayName, String country) {

    static SellerProfileResponse from(SellerProfile profile) {
        return new SellerProfileResponse(true, true, profile.username().value(), profile.displayName(), profile.country());
    }
}
