package io.cardvault.application.port.in.catalogue;

import java.util.Objects;
import io.cardvault.domain.catalogue.CardId;

/** Where to buy a card's variant; a marketplace's link is null when the card has no id there. */
public record BuyLinks(CardId cardId, String variant, String cardmarketUrl, String tcgplayerUrl, String ebayUrl) {

    public BuyLinks {
        Objects.requireNonNull(cardId, "cardId");
    }
}
