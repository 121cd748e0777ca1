package io.cardvault.application.port.in.collection;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardImages;
import io.cardvault.domain.catalogue.CardOverview;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue facts a wishlist or alert row shows about its card. A card the catalogue no longer
 * holds keeps its row (the collector's data is never hidden) and is shown by its number. {@code images}
 * are its pictures at their upstream address, empty when no source addresses one.
 */
public record WatchedCard(CardId id, String name, Optional<String> setName, Optional<String> gameSlug,
                          Optional<CardImages> images) {

    public WatchedCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(gameSlug, "gameSlug");
        Objects.requireNonNull(images, "images");
    }

    public static WatchedCard of(CardOverview card) {
        return new WatchedCard(new CardId(card.id()), card.name(), Optional.ofNullable(card.setName()),
                Optional.ofNullable(card.gameSlug()), card.images());
    }

    public static WatchedCard missing(CardId id) {
        return new WatchedCard(id, "Card #" + id.value(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
