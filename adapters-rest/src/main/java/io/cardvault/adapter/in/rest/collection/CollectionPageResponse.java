package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.CollectionPage;
import java.util.List;

/** {@code GET /collection}: the spec's {@code {"items", "total"}} and the currency every current_value is in. */
public record CollectionPageResponse(List<CollectionItemResponse> items, long total, String currency) {

    static CollectionPageResponse from(CollectionPage page) {
        return new CollectionPageResponse(page.items().stream().map(CollectionItemResponse::from).toList(), page.total(),
                page.currency().getCurrencyCode());
    }
}
