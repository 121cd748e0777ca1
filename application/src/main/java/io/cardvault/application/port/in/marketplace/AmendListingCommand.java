package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.ListingAmendment;
import io.cardvault.domain.marketplace.ListingId;
import java.util.Objects;

/** A seller changes a listing of theirs ({@code PATCH /seller/listings/{id}}); an empty change is refused. */
public record AmendListingCommand(AccountId seller, ListingId listing, ListingAmendment changes) {

    public AmendListingCommand {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(changes, "changes");
        if (changes.isEmpty()) {
            throw new InvalidMarketplaceDataException("body", "name at least one field to change");
        }
    }
}
