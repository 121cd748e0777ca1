package io.cardvault.application.port.out.recognition;

import io.cardvault.domain.catalogue.CardId;
import java.util.List;
import java.util.Objects;

/**
 * What the catalogue knows of a card's printed face, from which the engine renders its reference:
 * catalogue id, collector number parts, the set's source id (its symbol) and code, name (in the set's language), HP (0 when none),
 * types, rarity, category, national dex numbers (the artwork) and the game's slug ({@code pokemon},
 * {@code mtg}…), which picks the face's layout and lets a recognition be restricted to one game.
 */
public record PrintedCard(CardId cardId, String localId, String setId, String setCode, int officialCount, String name,
                          String language, int hp, List<String> types, String rarity, String category,
                          List<Integer> dexIds, String gameSlug) {

    /** The game of the printed cards that have artwork, and of every card before other games were recognised. */
    public static final String POKEMON = "pokemon";

    public PrintedCard {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(setId, "setId");
        Objects.requireNonNull(setCode, "setCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        if (gameSlug == null || gameSlug.isBlank()) {
            throw new IllegalArgumentException("gameSlug is required");
        }
        rarity = rarity == null ? "" : rarity;
        category = category == null ? "" : category;
        types = List.copyOf(types);
        dexIds = List.copyOf(dexIds);
        if (hp < 0 || officialCount < 0) {
            throw new IllegalArgumentException("hp and officialCount must be non-negative");
        }
    }

    /** A Pokémon card. */
    public PrintedCard(CardId cardId, String localId, String setId, String setCode, int officialCount, String name,
                       String language, int hp, List<String> types, String rarity, String category, List<Integer> dexIds) {
        this(cardId, localId, setId, setCode, officialCount, name, language, hp, types, rarity, category, dexIds, POKEMON);
    }
}
