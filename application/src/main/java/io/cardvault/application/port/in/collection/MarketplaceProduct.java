package io.cardvault.application.port.in.collection;

import java.util.Objects;

/**
 * A marketplace's product id a file carried beside the card (TCGplayer's {@code Product ID},
 * Cardmarket's {@code idProduct}). The catalogue keeps these ids on variants, so when one matches
 * it names the card and its variant at once; when none does, the row's {@link CardReference} alone
 * must still find the card.
 */
public record MarketplaceProduct(Marketplace marketplace, long productId) {

    public enum Marketplace {
        TCGPLAYER,
        CARDMARKET
    }

    public MarketplaceProduct {
        Objects.requireNonNull(marketplace, "marketplace");
        ImportText.require(productId > 0, "product_id", "a marketplace product id is positive: " + productId);
    }
}
