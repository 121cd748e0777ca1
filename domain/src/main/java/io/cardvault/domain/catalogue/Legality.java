package io.cardvault.domain.catalogue;

import java.util.Arrays;
import java.util.Locale;

/**
 * Whether a card may be played in a constructed format. A format a card is not listed for is not
 * legal there; sources list only the formats where the card is legal, restricted or banned.
 */
public enum Legality {
    LEGAL("legal"),
    RESTRICTED("restricted"),
    BANNED("banned");

    private final String code;

    Legality(String code) {
        this.code = code;
    }

    /** The spelling the database uses. */
    public String code() {
        return code;
    }

    /** Reads a source's spelling ("Legal", "banned"…); case does not matter. */
    public static Legality fromCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(legality -> legality.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidCatalogueDataException("unknown legality: " + code));
    }
}
