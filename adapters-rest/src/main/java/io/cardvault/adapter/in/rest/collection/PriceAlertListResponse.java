package io.cardvault.adapter.in.rest.collection;

import java.util.List;

/** {@code GET /alerts}: the caller's alerts, active and triggered, newest first. */
public record PriceAlertListResponse(List<PriceAlertResponse> items) {

    public PriceAlertListResponse {
        items = List.copyOf(items);
    }
}
