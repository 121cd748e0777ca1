package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricedVariant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The cards whose long history a backfill writes: these sets (external ids, e.g. {@code base1}),
 * the {@code newestSets} most recently released sets, and every card of one of these rarities.
 */
public record Showcase(Set<String> sets, int newestSets, Set<String> rarities) {

    public Showcase {
        sets = Set.copyOf(Objects.requireNonNull(sets, "sets"));
        rarities = Set.copyOf(Objects.requireNonNull(rarities, "rarities"));
        if (newestSets < 0) {
            throw new IllegalArgumentException("newestSets is not negative");
        }
    }

    /**
     * The showcase's variants among {@code all}: every variant of a named set, of one of the
     * {@code newestSets} latest releases, or of a card of one of the rarities. The backfill keeps their
     * long history and the sandbox serves exactly them under {@code /sandbox/showcase/…}, so both
     * must pick from this one rule.
     */
    public Set<VariantId> variantsOf(List<PricedVariant> all) {
        Map<String, LocalDate> releases = new LinkedHashMap<>();
        for (PricedVariant variant : all) {
            if (variant.setReleaseDate() != null) {
                releases.putIfAbsent(variant.setExternalId(), variant.setReleaseDate());
            }
        }
        Set<String> chosenSets = new HashSet<>(sets);
        releases.entrySet().stream().sorted(Map.Entry.<String, LocalDate>comparingByValue(Comparator.reverseOrder()))
                .limit(newestSets).forEach(entry -> chosenSets.add(entry.getKey()));
        Set<VariantId> chosen = new HashSet<>();
        for (PricedVariant variant : all) {
            if (chosenSets.contains(variant.setExternalId())
                    || (variant.rarity() != null && rarities.contains(variant.rarity()))) {
                chosen.add(variant.variantId());
            }
        }
        return chosen;
    }
}
