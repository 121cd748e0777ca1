package io.cardvault.adapter.in.rest.marketplace;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /seller/listings}, the spec's body: card, price (EUR), condition, quantity (default 1),
 * variant word, slab ({@code graded}, {@code grading_company}, {@code grade}), description,
 * {@code accepts_offers} (default false), photos from the listing-image upload; and this platform's
 * {@code buy_now_enabled} (default true) and {@code image_protection} (default false).
 */
public record CreateListingRequest(@NotNull @Positive Long cardId,
                                   @NotNull BigDecimal price,
                                   @NotNull @Size(max = 32) String condition,
                                   Integer quantity,
                                   @Size(max = 64) String variant,
                                   Boolean graded,
                                   @Size(max = 16) String gradingCompany,
                                   BigDecimal grade,
                                   @Size(max = 4000) String description,
                                   Boolean acceptsOffers,
                                   Boolean buyNowEnabled,
                                   @Size(max = 20) List<@NotNull @Size(max = 300) String> imageUrls,
                                   Boolean imageProtection) {
}
