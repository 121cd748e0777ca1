package io.cardvault.application.port.in.catalogue;

/** Where to buy a card's variant; a marketplace's link is null when the card has no id there. */
public record BuyLinks(long cardId, String variant, String cardmarketUrl, String tcgplayerUrl, String ebayUrl) {
}
