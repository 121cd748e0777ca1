package io.cardvault.adapter.in.rest.marketplace;

import jakarta.validation.constraints.Size;

/** {@code POST /api/listings/{id}/buy-now}'s optional body: the variant word, which must be the listing's. */
public record BuyNowRequest(@Size(max = 64) String variant) {
}
