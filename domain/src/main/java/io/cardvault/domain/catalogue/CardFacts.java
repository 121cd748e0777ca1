package io.cardvault.domain.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * What a card says about itself in play and in catalogues: category ("Pokemon", "Trainer"…),
 * rarity, HP, types, stage, the card it evolves from (by name, per language), national dex
 * numbers and the illustrator. Everything but the category may be unknown.
 */
public record CardFacts(String category,
                        String rarity,
                        Integer hp,
                        List<String> types,
                        String stage,
                        LocalizedNames evolvesFrom,
                        List<Integer> dexIds,
                        String illustrator) {

    static final int MAX_TEXT = 64;
    static final int MAX_ILLUSTRATOR = 255;
    /** Higher than any printed HP; guards against units or typos, not against real cards. */
    static final int MAX_HP = 10_000;

    public CardFacts {
        category = optional(category, MAX_TEXT, "category");
        rarity = optional(rarity, MAX_TEXT, "rarity");
        InvalidCatalogueDataException.require(hp == null || (hp > 0 && hp <= MAX_HP), "HP out of range: " + hp);
        types = types == null ? List.of()
                : types.stream().map(type -> InvalidCatalogueDataException.requireText(type, MAX_TEXT, "type")).toList();
        stage = optional(stage, MAX_TEXT, "stage");
        dexIds = dexIds == null ? List.of() : List.copyOf(dexIds);
        dexIds.forEach(dexId -> InvalidCatalogueDataException.require(dexId > 0, "dex ids are positive: " + dexId));
        illustrator = optional(illustrator, MAX_ILLUSTRATOR, "illustrator");
    }

    public static CardFacts unknown() {
        return new CardFacts(null, null, null, null, null, null, null, null);
    }

    public Optional<LocalizedNames> evolution() {
        return Optional.ofNullable(evolvesFrom);
    }

    public boolean evolvesFrom(String name) {
        return evolvesFrom != null && evolvesFrom.byLanguage().containsValue(name);
    }

    private static String optional(String value, int max, String what) {
        return value == null || value.isBlank() ? null : InvalidCatalogueDataException.requireText(value, max, what);
    }
}
