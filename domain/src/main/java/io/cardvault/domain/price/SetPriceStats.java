package io.cardvault.domain.price;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Read model: the prices of a set's cards in one currency. The figures cover the cards priced in
 * that currency ({@code pricedCards}); they are null when none is.
 */
public record SetPriceStats(long setId, int cardCount, int pricedCards, Currency currency, BigDecimal minPrice,
                            BigDecimal maxPrice, BigDecimal avgPrice, BigDecimal totalValue) {

    public SetPriceStats {
        InvalidPriceDataException.require(pricedCards >= 0 && cardCount >= 0, "counts are not negative");
        InvalidPriceDataException.require(currency != null, "set price stats need a currency");
    }
}
