package io.cardvault.application.port.out.analytics;

import java.util.List;

/** A card's variant picked by language, print run and any of the finishes (first listed preferred). */
public record VariantSelection(String language, String printRun, List<String> finishes) {

    public VariantSelection {
        finishes = List.copyOf(finishes);
    }
}
