package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.WishlistItem;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;

/**
 * One wish: its card, the optional max price and the card's current price, both in {@code currency}
 * (the max price's, else EUR); {@code current_price} is null when the card has no price or no stored
 * exchange rate reaches the currency.
 */
public record WishlistItemResponse(long cardId, String cardName, String setName, String tcgSlug, BigDecimal maxPrice,
                                   String currency, BigDecimal currentPrice, boolean underMaxPrice, String addedAt) {

    static WishlistItemResponse from(WishlistItem item) {
        return new WishlistItemResponse(item.card().id().value(), item.card().name(), item.card().setName().orElse(null),
                item.card().gameSlug().orElse(null), item.entry().maxPrice().map(Money::amount).orElse(null),
                item.currency().getCurrencyCode(), item.currentPrice().map(Money::amount).orElse(null),
                item.underMaxPrice(), item.entry().addedAt().toString());
    }
}
