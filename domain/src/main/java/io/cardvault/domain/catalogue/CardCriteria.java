package io.cardvault.domain.catalogue;

/**
 * Filters of a card lookup, each optional ({@code null}): the game's slug, a set, a name
 * substring (any language, case and accents ignored), a collector number (exact {@code 4/102},
 * or a bare local id {@code 4}) and a rarity (exact, case ignored).
 */
public record CardCriteria(String gameSlug, Long setId, String name, String number, String rarity) {

    public CardCriteria {
        gameSlug = blankToNull(gameSlug);
        name = blankToNull(name);
        number = blankToNull(number);
        rarity = blankToNull(rarity);
    }

    public boolean isEmpty() {
        return gameSlug == null && setId == null && name == null && number == null && rarity == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
