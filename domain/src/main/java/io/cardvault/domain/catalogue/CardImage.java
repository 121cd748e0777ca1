package io.cardvault.domain.catalogue;

/**
 * One picture of a card at its upstream address: {@code source} names who serves it
 * ({@code tcgdex}, {@code scryfall}, {@code ygoprodeck}), {@code width} × {@code height} are the
 * nominal pixels that upstream publishes for that size (pages reserve the box before the picture
 * arrives), {@code format} the file type ({@code webp}, {@code jpg}).
 */
public record CardImage(String url, String source, int width, int height, String format) {

    public CardImage {
        InvalidCatalogueDataException.require(url != null && url.startsWith("https://"),
                "a card image is an https address: " + url);
        InvalidCatalogueDataException.require(source != null && !source.isBlank(), "a card image names its source");
        InvalidCatalogueDataException.require(width > 0 && height > 0, "a card image has a size: " + width + "x" + height);
        InvalidCatalogueDataException.require(format != null && !format.isBlank(), "a card image names its format");
    }
}
