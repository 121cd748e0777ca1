package io.cardvault.application.port.in.price;

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
}
