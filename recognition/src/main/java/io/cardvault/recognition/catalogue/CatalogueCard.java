package io.cardvault.recognition.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A catalogue card as far as its printed face is concerned: what a reference face is rendered
 * from. {@code officialCount} is 0 when the set does not state it; {@code hp} is 0 for cards
 * without HP. {@code game} is the catalogue's game slug ({@code pokemon}, {@code mtg},
 * {@code yugioh}, {@code flesh-and-blood}, {@code lorcana}…): it picks the face's layout, and a
 * recognition restricted to one game searches only its cards.
 */
public record CatalogueCard(String id, String localId, String setId, String setCode, int officialCount,
                            String name, String language, int hp, List<String> types, String rarity,
                            String category, List<Integer> dexIds, List<Attack> attacks, String text,
                            String game) {

    /** The game recognition began with, and the one every tcgdex reader's card belongs to. */
    public static final String POKEMON = "pokemon";

    /** One attack (or ability) line: name, damage as printed, effect text. */
    public record Attack(String name, String damage, String effect) {
        public Attack {
            Objects.requireNonNull(name, "name");
            damage = damage == null ? "" : damage;
            effect = effect == null ? "" : effect;
        }
    }

    public CatalogueCard {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("card id is required");
        }
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(setId, "setId");
        Objects.requireNonNull(setCode, "setCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(category, "category");
        if (game == null || game.isBlank()) {
            throw new IllegalArgumentException("game slug is required");
        }
        game = game.strip().toLowerCase(Locale.ROOT);
        rarity = rarity == null ? "" : rarity;
        text = text == null ? "" : text;
        types = List.copyOf(types);
        dexIds = List.copyOf(dexIds);
        attacks = List.copyOf(attacks);
        if (hp < 0 || officialCount < 0) {
            throw new IllegalArgumentException("hp and officialCount must be non-negative");
        }
    }

    /** A Pokémon card (the tcgdex readers' and the older callers' constructor). */
    public CatalogueCard(String id, String localId, String setId, String setCode, int officialCount,
                         String name, String language, int hp, List<String> types, String rarity,
                         String category, List<Integer> dexIds, List<Attack> attacks, String text) {
        this(id, localId, setId, setCode, officialCount, name, language, hp, types, rarity, category, dexIds,
                attacks, text, POKEMON);
    }

    /** The collector number as printed: {@code localId/official}, or the local id alone. */
    public String collectorNumber() {
        return officialCount > 0 ? localId + "/" + officialCount : localId;
    }

    /** The first type, or the category for cards without one (trainers). */
    public String primaryType() {
        return types.isEmpty() ? category : types.get(0);
    }
}
