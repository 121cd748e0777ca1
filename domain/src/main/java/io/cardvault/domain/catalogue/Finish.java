package io.cardvault.domain.catalogue;

import java.util.Arrays;

/** The surface treatment of a variant, the first thing a price depends on after the printing. */
public enum Finish {
    NORMAL("normal"),
    HOLOFOIL("holofoil"),
    REVERSE_HOLOFOIL("reverse_holofoil"),
    LENTICULAR("lenticular"),
    METAL("metal"),
    /**
     * Magic's etched foil: a foil of its own kind that TCGplayer sells as a product of its own. (A
     * plain Magic foil is a {@link #HOLOFOIL}, as collectors' exports and TCGplayer's "Foil" treat it.)
     */
    ETCHED("etched");

    private final String code;

    Finish(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Finish fromCode(String code) {
        return Arrays.stream(values())
                .filter(finish -> finish.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidCatalogueDataException("unknown finish: " + code));
    }
}
