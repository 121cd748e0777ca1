package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.CreateListingCommand;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.VariantSlugs;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.SellerSetupRequiredException;

/** What a new listing, on sale or a draft, needs first: a set-up seller, a card that exists, a variant it has. */
final class ListingPreconditions {

    private ListingPreconditions() {
    }

    /** The seller's account; its card, checked. */
    record Checked(Account seller, CardDetails card) {
    }

    static Checked check(CreateListingCommand command, AccountStorePort accounts, LoadCatalogueViewsPort catalogue) {
        Account seller = accounts.findById(command.seller()).filter(Account::seller)
                .orElseThrow(SellerSetupRequiredException::new);
        CardDetails card = catalogue.card(command.terms().card()).orElseThrow(() -> new InvalidMarketplaceDataException(
                "card_id", "no card with id " + command.terms().card().value()));
        command.terms().variant().ifPresent(word -> {
            if (VariantSlugs.find(card, word).isEmpty()) {
                throw new InvalidMarketplaceDataException("variant", "card " + card.id() + " has no variant '" + word
                        + "'; it has: " + String.join(", ", VariantSlugs.all(card)));
            }
        });
        return new Checked(seller, card);
    }
}
