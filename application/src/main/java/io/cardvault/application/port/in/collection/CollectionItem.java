package io.cardvault.application.port.in.collection;

import io.cardvault.domain.catalogue.CardImages;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * An owned entry as the collection pages and {@code GET /collection} show it: the entry with its
 * card's name, set and game, its variant as a slug ({@code holo}, {@code 1st_edition_holo}; empty
 * when the entry names none), and what the copies are worth now under the valuation rule
 * (docs/analytics.md, "Collection valuation"): the unit value times the quantity, empty when no price
 * of the card converts into the asked currency. {@code images} are the card's pictures at their
 * upstream address, empty when no source addresses one.
 */
public record CollectionItem(CollectionEntry entry,
                             String cardName,
                             String setName,
                             String gameSlug,
                             Optional<String> variant,
                             Optional<Money> currentValue,
                             Optional<CardImages> images) {

    public CollectionItem {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(cardName, "cardName");
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(gameSlug, "gameSlug");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(currentValue, "currentValue");
        Objects.requireNonNull(images, "images");
    }
}
