package io.cardvault.domain.catalogue;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One ownable, priceable form of a printing: its finish, the foil pattern when the finish has
 * several ("pokeball", "cosmos"…), the stamps, an oversize format ("jumbo") and a label for a
 * known print difference ("1999-2000-copyright", "no-e-reader"); "standard" when there is none.
 * {@link #key()} identifies it within its printing.
 */
public record Variant(Finish finish,
                      String foilPattern,
                      SortedSet<Stamp> stamps,
                      String size,
                      String label,
                      CrossReferences crossReferences) {

    public static final String STANDARD_LABEL = "standard";
    static final int MAX_TEXT = 64;

    public Variant {
        InvalidCatalogueDataException.require(finish != null, "a variant needs a finish");
        foilPattern = optionalSlug(foilPattern, "foil pattern");
        stamps = Collections.unmodifiableSortedSet(new TreeSet<>(stamps == null ? Collections.emptySet() : stamps));
        InvalidCatalogueDataException.require(stamps.stream().noneMatch(Stamp::marksFirstEdition),
                "1st Edition is a print run, not a variant stamp");
        size = optionalSlug(size, "size");
        label = label == null ? STANDARD_LABEL : InvalidCatalogueDataException.requireText(label, MAX_TEXT, "label");
        crossReferences = crossReferences == null ? CrossReferences.none() : crossReferences;
    }

    /** The plain variant of a finish: no pattern, no stamp, standard size. */
    public static Variant plain(Finish finish) {
        return new Variant(finish, null, null, null, null, CrossReferences.none());
    }

    public static Variant of(Finish finish, String foilPattern, Collection<Stamp> stamps, String size, String label,
                             CrossReferences crossReferences) {
        return new Variant(finish, foilPattern, stamps == null ? null : new TreeSet<>(stamps), size, label, crossReferences);
    }

    /**
     * What tells this variant apart from its siblings in the same printing; stable text so it can
     * serve as part of a natural key. Cross references are deliberately not part of it.
     */
    public String key() {
        StringBuilder key = new StringBuilder(finish.code());
        if (foilPattern != null) {
            key.append("|foil:").append(foilPattern);
        }
        if (!stamps.isEmpty()) {
            key.append("|stamp:").append(stamps.stream().map(Stamp::code).collect(Collectors.joining(",")));
        }
        if (size != null) {
            key.append("|size:").append(size);
        }
        if (!STANDARD_LABEL.equals(label)) {
            key.append("|label:").append(label);
        }
        return key.toString();
    }

    public boolean isSameVariantAs(Variant other) {
        return key().equals(other.key());
    }

    /** Sources list one variant twice with different ids; the union keeps every known id. */
    Variant mergedWith(Variant other) {
        InvalidCatalogueDataException.require(isSameVariantAs(other), "cannot merge different variants");
        return new Variant(finish, foilPattern, stamps, size, label, crossReferences.completedWith(other.crossReferences));
    }

    /** The same variant with the ids of another market line (used when ids do not apply). */
    public Variant withCrossReferences(CrossReferences references) {
        return new Variant(finish, foilPattern, stamps, size, label, references);
    }

    private static String optionalSlug(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return InvalidCatalogueDataException.requireText(value, MAX_TEXT, what).toLowerCase(Locale.ROOT);
    }
}
