package io.cardvault.application.port.out.price;

import java.util.Objects;

/**
 * A product in a marketplace's own terms: Cardmarket's {@code idProduct}, or TCGplayer's
 * {@code productId} (PriceCharting joins through its {@code tcg-id}). {@code subType} is the
 * printing the quote is for when the product covers several: {@code "holo"} for Cardmarket's
 * {@code *-holo}/{@code *-foil} keys, TCGplayer's {@code subTypeName}; {@code ""} for the plain one.
 */
public record ProductRef(Market market, long id, String subType) {

    /** Whose product id {@link #id} is. */
    public enum Market { CARDMARKET, TCGPLAYER }

    public ProductRef {
        Objects.requireNonNull(market, "market");
        if (id <= 0) {
            throw new IllegalArgumentException("product ids are positive: " + id);
        }
        subType = subType == null ? "" : subType;
    }
}
