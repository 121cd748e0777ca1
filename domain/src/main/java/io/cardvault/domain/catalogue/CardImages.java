package io.cardvault.domain.catalogue;

import java.util.List;

/**
 * A card's pictures from one source: the large one for the card page and the gallery, the small
 * one for tiles and list rows. Both come from the same source, so one label covers them.
 */
public record CardImages(CardImage full, CardImage thumbnail) {

    public CardImages {
        InvalidCatalogueDataException.require(full != null && thumbnail != null, "card images need both sizes");
        InvalidCatalogueDataException.require(full.source().equals(thumbnail.source()),
                "card images of one card come from one source: " + full.source() + ", " + thumbnail.source());
    }

    public String source() {
        return full.source();
    }

    /** The gallery: largest first. */
    public List<CardImage> gallery() {
        return List.of(full, thumbnail);
    }
}
