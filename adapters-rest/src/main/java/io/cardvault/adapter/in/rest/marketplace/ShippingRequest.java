package io.cardvault.adapter.in.rest.marketplace;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/transactions/{id}/shipping}: the carrier ({@code postnl}, {@code dhl}, {@code ups}) and tracking number. */
public record ShippingRequest(@NotNull @Size(max = 100) String carrier, @NotNull @Size(max = 100) String trackingNumber) {
}
