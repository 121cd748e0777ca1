package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.Username;
import java.util.Objects;

/** A seller as buyers see them: username, display name and country (ISO-2). */
public record SellerProfile(Username username, String displayName, String country) {

    public SellerProfile {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(country, "country");
    }
}
