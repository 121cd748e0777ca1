package io.cardvault.domain.marketplace;

import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.shared.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes a seller makes to a listing ({@code PATCH /seller/listings/{id}}): an absent field
 * stays; for the optional terms (variant, slab, description) an empty inner value clears them. The
 * card itself never changes: list another card as a new listing.
 */
public record ListingAmendment(Optional<Optional<String>> variant, Optional<CardCondition> condition,
                               Optional<Optional<Grading>> grading, Optional<Integer> quantity, Optional<Money> price,
                               Optional<Optional<String>> description, Optional<Boolean> acceptsOffers,
                               Optional<Boolean> buyNowEnabled, Optional<List<String>> imageUrls,
                               Optional<Boolean> imageProtection) {

    public ListingAmendment {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(grading, "grading");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(acceptsOffers, "acceptsOffers");
        Objects.requireNonNull(buyNowEnabled, "buyNowEnabled");
        Objects.requireNonNull(imageUrls, "imageUrls");
        Objects.requireNonNull(imageProtection, "imageProtection");
    }

    public static ListingAmendment none() {
        return new ListingAmendment(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return equals(none());
    }

    public ListingAmendment withPrice(Money newPrice) {
        return new ListingAmendment(variant, condition, grading, quantity, Optional.of(newPrice), description, acceptsOffers,
                buyNowEnabled, imageUrls, imageProtection);
    }

    public ListingAmendment withQuantity(int copies) {
        return new ListingAmendment(variant, condition, grading, Optional.of(copies), price, description, acceptsOffers,
                buyNowEnabled, imageUrls, imageProtection);
    }

    public ListingAmendment withBuyNowEnabled(boolean enabled) {
        return new ListingAmendment(variant, condition, grading, quantity, price, description, acceptsOffers,
                Optional.of(enabled), imageUrls, imageProtection);
    }

    public ListingAmendment withAcceptsOffers(boolean accepts) {
        return new ListingAmendment(variant, condition, grading, quantity, price, description, Optional.of(accepts),
                buyNowEnabled, imageUrls, imageProtection);
    }

    /** The photos replaced by {@code urls} (a protected listing's photos by their watermarked copies). */
    public ListingAmendment withImageUrls(List<String> urls) {
        return new ListingAmendment(variant, condition, grading, quantity, price, description, acceptsOffers,
                buyNowEnabled, Optional.of(List.copyOf(urls)), imageProtection);
    }
}
