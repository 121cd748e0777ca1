package io.cardvault.application.port.in.marketplace;

import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.domain.shared.Money;
import java.util.Objects;

/**
 * One article of a Cardmarket stock export as the file reader read it: the card it names (with
 * Cardmarket's product id), copies, condition and language in the collection import's terms, and
 * the seller's asking price ({@code Price}, euros) that becomes the draft listing's price.
 */
public record CardmarketStockLine(CollectionImportRow row, Money price) {

    public CardmarketStockLine {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(price, "price");
    }
}
