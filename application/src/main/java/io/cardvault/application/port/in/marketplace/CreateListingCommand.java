package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.ListingTerms;
import java.util.Objects;

/** A seller lists a card ({@code POST /seller/listings}); the terms validate themselves. */
public record CreateListingCommand(AccountId seller, ListingTerms terms) {

    public CreateListingCommand {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(terms, "terms");
    }
}
