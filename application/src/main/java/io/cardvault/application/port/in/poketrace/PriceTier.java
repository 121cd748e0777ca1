package io.cardvault.application.port.in.poketrace;

import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PokeTrace price tier: a raw condition ({@code NEAR_MINT}, {@code LIGHTLY_PLAYED}…) or a slab
 * ({@code PSA_10}, {@code BGS_9_5}: company, then the grade with its half as {@code _5}).
 */
public record PriceTier(String name, Optional<Grading> grading) {

    /** The raw conditions PokeTrace names; only NEAR_MINT has data here (the sources price near-mint copies). */
    public static final Set<String> CONDITIONS = Set.of("NEAR_MINT", "LIGHTLY_PLAYED", "MODERATELY_PLAYED",
            "HEAVILY_PLAYED", "DAMAGED");
    public static final PriceTier NEAR_MINT = new PriceTier("NEAR_MINT", Optional.empty());
    private static final Pattern SLAB = Pattern.compile("(PSA|BGS|CGC|SGC|ACE|TAG)_(10|[1-9])(_5)?");

    public PriceTier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(grading, "grading");
    }

    public boolean graded() {
        return grading.isPresent();
    }

    /** The tier {@code text} names (case ignored), or empty when it names none. */
    public static Optional<PriceTier> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        if (CONDITIONS.contains(wanted)) {
            return Optional.of(new PriceTier(wanted, Optional.empty()));
        }
        Matcher slab = SLAB.matcher(wanted);
        if (!slab.matches() || ("10".equals(slab.group(2)) && slab.group(3) != null)) {
            return Optional.empty();
        }
        Grading grading = Grading.of(GradingCompany.fromCode(slab.group(1).toLowerCase(Locale.ROOT)),
                slab.group(2) + (slab.group(3) == null ? "" : ".5"));
        return Optional.of(new PriceTier(wanted, Optional.of(grading)));
    }

    /** The tier of a slab; empty for a grading that names no company (never shown as one). */
    public static Optional<PriceTier> of(Grading grading) {
        if (grading.company() == GradingCompany.OTHER || grading.isUnknownBucket()) {
            return Optional.empty();
        }
        return Optional.of(new PriceTier(grading.company().name() + "_" + grading.grade().replace('.', '_'), Optional.of(grading)));
    }
}
