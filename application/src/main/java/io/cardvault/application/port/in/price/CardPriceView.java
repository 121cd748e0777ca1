package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.VariantId;
import java.util.List;

/** A price read of one card: what was found, and the card so its variants can be named. */
public record CardPriceView<T>(CardDetails card, List<T> items) {

    public CardPriceView {
        items = List.copyOf(items);
    }

    /** The name a variant goes by on the legacy routes (its finish). */
    public String variantName(VariantId variant) {
        return PricedCard.VariantNames.of(card).apply(variant);
    }
}
