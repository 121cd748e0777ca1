package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.AddedToCollection;

/**
 * {@code POST /collection/add}: the holding as it now stands, valued in {@code currency}, and whether
 * the copies were merged into a holding the caller already had (its quantity grew) or started one.
 */
public record CollectionAddedResponse(boolean merged, String currency, CollectionItemResponse item) {

    static CollectionAddedResponse from(AddedToCollection added, String currency) {
        return new CollectionAddedResponse(added.merged(), currency, CollectionItemResponse.from(added.item()));
    }
}
