package io.cardvault.sandbox.market;

import io.cardvault.adapter.out.sources.cardmarket.CardmarketFormat;
import io.cardvault.adapter.out.sources.tcgcsv.TcgcsvFormat;
import io.cardvault.domain.price.PricedVariant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The games the sandbox market quotes, with the ids the real marketplaces give them: TCGplayer's
 * category on tcgcsv, Cardmarket's game in its file names and its singles category. A game without
 * a Cardmarket game ({@code 0}) has no Cardmarket files (the Flesh and Blood export carries no
 * Cardmarket ids).
 */
enum SandboxGame {
    POKEMON("pokemon", TcgcsvFormat.POKEMON_CATEGORY, "Pokemon", CardmarketFormat.POKEMON_GAME,
            CardmarketFormat.POKEMON_SINGLES_CATEGORY, "Pokémon Single"),
    MAGIC("mtg", TcgcsvFormat.MAGIC_CATEGORY, "Magic", CardmarketFormat.MAGIC_GAME,
            CardmarketFormat.MAGIC_SINGLES_CATEGORY, "Magic Single"),
    FLESH_AND_BLOOD("flesh-and-blood", TcgcsvFormat.FLESH_AND_BLOOD_CATEGORY, "Flesh and Blood TCG", 0, 0, null);

    private final String slug;
    private final long tcgplayerCategory;
    private final String tcgplayerName;
    private final int cardmarketGame;
    private final int cardmarketCategory;
    private final String cardmarketCategoryName;

    SandboxGame(String slug, long tcgplayerCategory, String tcgplayerName, int cardmarketGame, int cardmarketCategory,
                String cardmarketCategoryName) {
        this.slug = slug;
        this.tcgplayerCategory = tcgplayerCategory;
        this.tcgplayerName = tcgplayerName;
        this.cardmarketGame = cardmarketGame;
        this.cardmarketCategory = cardmarketCategory;
        this.cardmarketCategoryName = cardmarketCategoryName;
    }

    static Optional<SandboxGame> ofTcgplayerCategory(long category) {
        return Arrays.stream(values()).filter(game -> game.tcgplayerCategory == category).findFirst();
    }

    static Optional<SandboxGame> ofCardmarketGame(int game) {
        return Arrays.stream(values()).filter(candidate -> candidate.cardmarketGame != 0 && candidate.cardmarketGame == game)
                .findFirst();
    }

    static Optional<SandboxGame> of(PricedVariant variant) {
        return Arrays.stream(values()).filter(game -> game.slug.equals(variant.gameSlug())).findFirst();
    }

    boolean quotes(PricedVariant variant) {
        return slug.equals(variant.gameSlug());
    }

    long tcgplayerCategory() {
        return tcgplayerCategory;
    }

    String tcgplayerName() {
        return tcgplayerName;
    }

    int cardmarketGame() {
        return cardmarketGame;
    }

    int cardmarketCategory() {
        return cardmarketCategory;
    }

    String cardmarketCategoryName() {
        return cardmarketCategoryName;
    }
}
