package io.cardvault.domain.catalogue;

import java.util.Arrays;

/**
 * Which print run of a language a printing belongs to. Collectors (and prices) tell them apart:
 * a 1st Edition or Shadowless Base Set Charizard is worth many times the unlimited one.
 */
public enum PrintRun {
    UNLIMITED("unlimited"),
    FIRST_EDITION("1st_edition"),
    SHADOWLESS("shadowless");

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
