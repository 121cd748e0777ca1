package io.cardvault.domain.price;

import java.util.List;

/**
 * Domain event: a committed ingest moved these cards' headline market prices. Fired once per
 * ingested file, never for a file that changed nothing.
 */
public record HeadlinePricesChanged(List<CardPriceChange> changes) {

    public HeadlinePricesChanged {
        InvalidPriceDataException.require(changes != null && !changes.isEmpty(), "a price change event names its cards");
        changes = List.copyOf(changes);
    }
}
