package io.cardvault.domain.catalogue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A card language as a lower-case language tag ({@code en}, {@code ja}, {@code zh-tw},
 * {@code es-mx}). Printings and names are keyed by it.
 */
public record Language(String code) implements Comparable<Language> {

    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");

    public static final Language ENGLISH = new Language("en");
    public static final Language JAPANESE = new Language("ja");

    public Language {
        InvalidCatalogueDataException.require(code != null, "language must be given");
        code = code.strip().toLowerCase(Locale.ROOT);
        InvalidCatalogueDataException.require(TAG.matcher(code).matches(), "not a language tag: " + code);
    }

    public static Language of(String code) {
        return new Language(code);
    }

    @Override
    public int compareTo(Language other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
