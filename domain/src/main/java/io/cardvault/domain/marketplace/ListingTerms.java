package io.cardvault.domain.marketplace;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a seller offers: which card (and variant word, {@code holo}, {@code reverse_holo}), its
 * condition or slab, how many copies at what price each (euros, whole cents), a description, whether
 * offers and buy-now are open, the photos (site-relative URLs from the listing-image upload: the
 * platform never fetches a URL a seller names) and whether the photos carry image protection.
 */
public record ListingTerms(CardId card, Optional<String> variant, CardCondition condition, Optional<Grading> grading,
                           int quantity, Money price, Optional<String> description, boolean acceptsOffers,
                           boolean buyNowEnabled, List<String> imageUrls, boolean imageProtection) {

    public static final String CURRENCY = "EUR";
    public static final int MAX_QUANTITY = 9_999;
    public static final int MAX_DESCRIPTION = 2_000;
    public static final int MAX_IMAGES = 10;
    public static final int MAX_IMAGE_URL = 300;
    public static final BigDecimal MAX_PRICE = new BigDecimal("1000000");
    private static final Pattern VARIANT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final Pattern IMAGE_URL = Pattern.compile("/[A-Za-z0-9/._-]+");

    public ListingTerms {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(variant, "variant");
        variant = variant.map(String::strip).filter(word -> !word.isEmpty());
        variant.ifPresent(word -> InvalidMarketplaceDataException.require(VARIANT.matcher(word).matches(), "variant",
                "variant is a lowercase word such as holo or reverse_holo: " + word));
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(grading, "grading");
        InvalidMarketplaceDataException.require(quantity >= 1 && quantity <= MAX_QUANTITY, "quantity",
                "quantity must be between 1 and " + MAX_QUANTITY + ": " + quantity);
        requirePrice(price, "price");
        Objects.requireNonNull(description, "description");
        description = description.map(String::strip).filter(text -> !text.isEmpty());
        description.ifPresent(text -> InvalidMarketplaceDataException.require(text.length() <= MAX_DESCRIPTION,
                "description", "description has at most " + MAX_DESCRIPTION + " characters"));
        Objects.requireNonNull(imageUrls, "imageUrls");
        imageUrls = List.copyOf(imageUrls);
        InvalidMarketplaceDataException.require(imageUrls.size() <= MAX_IMAGES, "image_urls",
                "a listing has at most " + MAX_IMAGES + " photos");
        imageUrls.forEach(url -> InvalidMarketplaceDataException.require(url.length() <= MAX_IMAGE_URL
                        && IMAGE_URL.matcher(url).matches() && !url.startsWith("//") && !url.contains(".."), "image_urls",
                "photos are site-relative URLs from /api/upload/listing-image: " + url));
    }

    /** A euro amount in whole cents, above zero and at most {@link #MAX_PRICE}: a listing's price or a bid. */
    static void requirePrice(Money price, String field) {
        Objects.requireNonNull(price, field);
        InvalidMarketplaceDataException.require(CURRENCY.equals(price.currency().getCurrencyCode()), field,
                field + " is in euros: " + price);
        InvalidMarketplaceDataException.require(price.amount().signum() > 0 && price.amount().compareTo(MAX_PRICE) <= 0,
                field, field + " must be above 0 and at most " + MAX_PRICE.toPlainString() + ": " + price);
        InvalidMarketplaceDataException.require(price.amount().stripTrailingZeros().scale() <= 2, field,
                field + " has at most two decimals: " + price);
    }

    public boolean isGraded() {
        return grading.isPresent();
    }

    /** These terms with the amendment's changes; what it leaves out stays. */
    public ListingTerms amend(ListingAmendment amendment) {
        return new ListingTerms(card, amendment.variant().orElse(variant), amendment.condition().orElse(condition),
                amendment.grading().orElse(grading), amendment.quantity().orElse(quantity), amendment.price().orElse(price),
                amendment.description().orElse(description), amendment.acceptsOffers().orElse(acceptsOffers),
                amendment.buyNowEnabled().orElse(buyNowEnabled), amendment.imageUrls().orElse(imageUrls),
                amendment.imageProtection().orElse(imageProtection));
    }

    /** The same terms with fewer copies left (a sale took some); never below one, see {@link Listing}. */
    ListingTerms withQuantity(int remaining) {
        return new ListingTerms(card, variant, condition, grading, remaining, price, description, acceptsOffers,
                buyNowEnabled, imageUrls, imageProtection);
    }
}
