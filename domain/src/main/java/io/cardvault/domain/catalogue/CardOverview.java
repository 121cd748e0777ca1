package io.cardvault.domain.catalogue;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Read model: a stored card with the facts list views show and the set it belongs to. The name
 * and pre-evolution name are in the set's language. {@code imageFacts} are the stored facts its
 * picture address derives from ({@link #images()}).
 */
public record CardOverview(long id, long setId, String gameSlug, String name, String localId, String collectorNumber,
                           String rarity, String category, Integer hp, String types, String stage, String evolvesFrom,
                           String illustrator, String setName, String setCode, LocalDate setReleaseDate,
                           String language, CardImageFacts imageFacts) {

    public CardOverview {
        imageFacts = imageFacts == null ? CardImageFacts.none() : imageFacts;
    }

    /** A card read without its picture facts: it shows the placeholder. */
    public CardOverview(long id, long setId, String gameSlug, String name, String localId, String collectorNumber,
                        String rarity, String category, Integer hp, String types, String stage, String evolvesFrom,
                        String illustrator, String setName, String setCode, LocalDate setReleaseDate, String language) {
        this(id, setId, gameSlug, name, localId, collectorNumber, rarity, category, hp, types, stage, evolvesFrom,
                illustrator, setName, setCode, setReleaseDate, language, CardImageFacts.none());
    }

    /** The card's pictures at their upstream address, when a source can address them. */
    public Optional<CardImages> images() {
        return imageFacts.images();
    }

    /** The large picture's address (card pages, legacy {@code image_url}). */
    public Optional<String> imageUrl() {
        return images().map(images -> images.full().url());
    }

    /** The small picture's address (tiles, list rows, {@code thumbnail_url}). */
    public Optional<String> thumbnailUrl() {
        return images().map(images -> images.thumbnail().url());
    }
}
