package io.cardvault.domain.analytics;

import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import java.util.Locale;
import java.util.Optional;

/**
 * Which prices of a card an analysis reads: a variant slug ({@code normal}, {@code holo},
 * {@code reverse_holo}, {@code 1st_edition_holo}, {@code shadowless_holo}, or {@code auto} = the
 * best-covered ungraded variant) and an optional grading (empty = raw). A slug names print run and
 * finish but not the printing's language, so a page showing one catalogue variant (the German
 * printing, say) names it exactly with {@code exactVariant}; the slug then only labels it.
 */
public record AnalyticsScope(String variant, Optional<Grading> grading, Optional<VariantId> exactVariant) {

    public static final String AUTO = "auto";

    public AnalyticsScope {
        InvalidAnalyticsInputException.require(variant != null && variant.matches("[A-Za-z0-9_]{1,40}"),
                "a variant is a slug of letters, digits and underscores");
        variant = variant.toLowerCase(Locale.ROOT);
        grading = grading == null ? Optional.empty() : grading;
        exactVariant = exactVariant == null ? Optional.empty() : exactVariant;
    }

    public AnalyticsScope(String variant, Optional<Grading> grading) {
        this(variant, grading, Optional.empty());
    }

    public static AnalyticsScope raw(String variant) {
        return new AnalyticsScope(variant, Optional.empty());
    }

    /** The same scope pinned to one catalogue variant of the card. */
    public AnalyticsScope pinnedTo(VariantId variantId) {
        return new AnalyticsScope(variant, grading, Optional.of(variantId));
    }

    public boolean isAuto() {
        return AUTO.equals(variant);
    }

    /** The print run the slug names: {@code 1st_edition}, {@code shadowless} or {@code unlimited}. */
    public String printRun() {
        if (variant.startsWith("1st_edition") || variant.startsWith("first_edition")) {
            return "1st_edition";
        }
        return variant.startsWith("shadowless") ? "shadowless" : "unlimited";
    }

    /** The finish the slug names: {@code reverse_holofoil}, {@code holofoil} or {@code normal}. */
    public String finish() {
        if (variant.contains("reverse")) {
            return "reverse_holofoil";
        }
        return variant.contains("holo") ? "holofoil" : "normal";
    }

    /** A stable text of the scope, for cache keys. */
    public String key() {
        return variant + exactVariant.map(id -> "#" + id.value()).orElse("") + "|"
                + grading.map(slab -> slab.company().code() + "|" + slab.grade()).orElse("raw");
    }
}
