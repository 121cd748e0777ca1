package io.cardvault.domain.analytics;

import io.cardvault.domain.price.Grading;
import java.util.Locale;
import java.util.Optional;

/**
 * Which prices of a card an analysis reads: a variant slug ({@code normal}, {@code holo},
 * {@code reverse_holo}, {@code 1st_edition_holo}, {@code shadowless_holo}, or {@code auto} = the
 * best-covered ungraded variant) and an optional grading (empty = raw).
 */
public record AnalyticsScope(String variant, Optional<Grading> grading) {

    public static final String AUTO = "auto";

    public AnalyticsScope {
        InvalidAnalyticsInputException.require(variant != null && variant.matches("[A-Za-z0-9_]{1,40}"),
                "a variant is a slug of letters, digits and underscores");
        variant = variant.toLowerCase(Locale.ROOT);
        grading = grading == null ? Optional.empty() : grading;
    }

    public static AnalyticsScope raw(String variant) {
        return new AnalyticsScope(variant, Optional.empty());
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
        return variant + "|" + grading.map(slab -> slab.company().code() + "|" + slab.grade()).orElse("raw");
    }
}
