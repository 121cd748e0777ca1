package io.cardvault.application.port.in.poketrace;

import java.util.Arrays;
import java.util.Optional;

/** PokeTrace's two games: the Japanese sets are {@code pokemon-japanese}, every other Pokémon set {@code pokemon}. */
public enum SetGame {
    POKEMON("pokemon"),
    POKEMON_JAPANESE("pokemon-japanese");

    private final String code;

    SetGame(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SetGame> find(String code) {
        return Arrays.stream(values()).filter(game -> game.code.equals(code)).findFirst();
    }

    /** The game of a set printed in {@code language}. */
    public static SetGame ofLanguage(String language) {
        return "ja".equals(language) ? POKEMON_JAPANESE : POKEMON;
    }
}
