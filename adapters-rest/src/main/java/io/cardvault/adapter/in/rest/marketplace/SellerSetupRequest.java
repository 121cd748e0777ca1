package io.cardvault.adapter.in.rest.marketplace;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /seller/setup}: the name buyers see and an ISO-2 country, both required. */
public record SellerSetupRequest(@NotNull @Size(max = 200) String displayName, @NotNull @Size(max = 10) String country) {
}
