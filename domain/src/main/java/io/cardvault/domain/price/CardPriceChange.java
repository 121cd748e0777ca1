package io.cardvault.domain.price;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.shared.Money;

/**
 * One card whose headline market price moved: the source's market series of one of its variants
 * ({@code finish} is the variant's finish code, e.g. {@code holofoil}) now stands at {@code marketPrice}.
 */
public record CardPriceChange(CardId cardId, CardSetId setId, String gameSlug, PriceSource source, String finish,
                              Money marketPrice) {

    public CardPriceChange {
        InvalidPriceDataException.require(cardId != null, "a price change needs a card");
        InvalidPriceDataException.require(setId != null, "a price change needs a set");
        InvalidPriceDataException.require(gameSlug != null && !gameSlug.isBlank(), "a price change needs a game");
        InvalidPriceDataException.require(source != null, "a price change needs a source");
        InvalidPriceDataException.require(finish != null && !finish.isBlank(), "a price change needs a finish");
        InvalidPriceDataException.require(marketPrice != null, "a price change needs a price");
        InvalidPriceDataException.require(marketPrice.currency().equals(source.currency()),
                source.code() + " prices are in " + source.currency() + ", not " + marketPrice.currency());
    }
}
