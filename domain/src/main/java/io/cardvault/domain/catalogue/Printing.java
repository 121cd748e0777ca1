package io.cardvault.domain.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A card as printed in one language and print run, with the variants it came in. Has at least
 * one variant (a printing nobody can own does not exist); variants are unique by
 * {@link Variant#key()}, duplicates from a source are merged.
 */
public record Printing(Language language, PrintRun printRun, List<Variant> variants) {

    public Printing {
        InvalidCatalogueDataException.require(language != null, "a printing needs a language");
        InvalidCatalogueDataException.require(printRun != null, "a printing needs a print run");
        InvalidCatalogueDataException.require(variants != null && !variants.isEmpty(),
                "a printing needs at least one variant: " + language + " " + printRun.code());
        Map<String, Variant> byKey = new LinkedHashMap<>();
        for (Variant variant : variants) {
            byKey.merge(variant.key(), variant, Variant::mergedWith);
        }
        variants = List.copyOf(byKey.values());
    }

    /** The natural key of a printing within its card. */
    public String key() {
        return language.code() + "|" + printRun.code();
    }

    public Optional<Variant> variant(String variantKey) {
        return variants.stream().filter(variant -> variant.key().equals(variantKey)).findFirst();
    }

    public boolean isIn(Language other) {
        return language.equals(other);
    }
}
