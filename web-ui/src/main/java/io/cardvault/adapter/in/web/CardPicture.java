package io.cardvault.adapter.in.web;

import io.cardvault.domain.catalogue.CardImage;
import io.cardvault.domain.catalogue.CardImages;
import java.io.Serializable;
import java.util.Optional;

/**
 * A card's picture as a page draws it: the upstream address, its nominal size (the {@code img}'s
 * width and height, so the box is reserved before it loads) and its source's label. The tile under
 * it is the placeholder a visitor sees when the address cannot load (site.js marks the tile).
 */
public final class CardPicture implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String url;
    private final int width;
    private final int height;
    private final String source;

    private CardPicture(CardImage image) {
        this.url = image.url();
        this.width = image.width();
        this.height = image.height();
        this.source = image.source();
    }

    /** The small picture, for tiles and table rows; null when the card has none (EL tests with {@code empty}). */
    static CardPicture thumbnail(Optional<CardImages> images) {
        return images.map(found -> new CardPicture(found.thumbnail())).orElse(null);
    }

    /** The large picture, for the card page; null when the card has none. */
    static CardPicture full(Optional<CardImages> images) {
        return images.map(found -> new CardPicture(found.full())).orElse(null);
    }

    public String getUrl() {
        return url;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getSource() {
        return source;
    }
}
