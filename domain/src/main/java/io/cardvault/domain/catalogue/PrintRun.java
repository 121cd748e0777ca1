package io.cardvault.domain.catalogue;

import java.util.Arrays;

/**
 * Which print run of a language a printing belongs to. Collectors (and prices) tell them apart:
 * a 1st Edition or Shadowless Base Set Charizard is worth many times the unlimited one. Yu-Gi-Oh!
 * prints "Limited Edition" on cards of tins, promos and special packs: a run of its own.
 */
public enum PrintRun {
    UNLIMITED("unlimited"),
    FIRST_EDITION("1st_edition"),
    SHADOWLESS("shadowless"),
    LIMITED("limited");

    private final String code;

    PrintRun(String code) {
        this.code = code;
    }

    /** The spelling the API and the database use. */
    public String code() {
        return code;
    }

    public static PrintRun fromCode(String code) {
        return Arrays.stream(values())
                .filter(run -> run.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidCatalogueDataException("unknown print run: " + code));
    }
}
