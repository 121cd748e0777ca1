package io.cardvault.application.port.in.collection;

import java.util.Objects;

/**
 * What an add did: the holding as it now stands, and whether the copies joined a holding the owner
 * already had (same card, variant, condition and slab: its quantity grew) rather than starting one.
 */
public record AddedToCollection(CollectionItem item, boolean merged) {

    public AddedToCollection {
        Objects.requireNonNull(item, "item");
    }
}
