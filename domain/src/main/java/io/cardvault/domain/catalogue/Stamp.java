package io.cardvault.domain.catalogue;

import java.util.Locale;

/**
 * A mark printed on some copies (a set logo, "staff", "pre-release", a player's name). Kept as a
 * slug so "1st Edition", "1st edition" and "1st-edition" are one stamp.
 */
public record Stamp(String code) implements Comparable<Stamp> {

    static final int MAX_LENGTH = 64;

    public Stamp {
        code = InvalidCatalogueDataException.requireText(code, MAX_LENGTH, "stamp")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_]+", "-");
    }

    public static Stamp of(String code) {
        return new Stamp(code);
    }

    /** The 1st Edition mark is a print run, not a decoration: sources still list it as a stamp. */
    public boolean marksFirstEdition() {
        return code.equals("1st-edition");
    }

    @Override
    public int compareTo(Stamp other) {
        return code.compareTo(other.code);
    }
}
