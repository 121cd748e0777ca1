package io.cardvault.domain.marketplace;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.Money;
import java.util.Objects;

/**
 * Domain event: a listing went on sale (created, or a draft published). After its commit the
 * marketplace announces it ({@code listing_new} on {@code marketplace:new}, {@code card:<id>},
 * {@code tcg:<slug>}) and the price watches on its card judge its price.
 */
public record ListingPublished(ListingId listing, CardId card, String gameSlug, Money price) {

    public ListingPublished {
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(card, "card");
        InvalidMarketplaceDataException.require(gameSlug != null && !gameSlug.isBlank(), "tcg", "a listing's card has a game");
        Objects.requireNonNull(price, "price");
    }

    /** The event of a stored listing on sale, its card in game {@code gameSlug}. */
    public static ListingPublished of(Listing listing, String gameSlug) {
        return new ListingPublished(listing.requireId(), listing.terms().card(), gameSlug, listing.terms().price());
    }
}
