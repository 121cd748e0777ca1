package io.cardvault.application.port.in.poketrace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A card with its prices as PokeTrace groups them: for a US card, tiers per source
 * ({@code ebay}: every tier; {@code tcgplayer}: raw only), in source then tier order; for an EU
 * card, Cardmarket's averages. Sources and tiers without data are absent, never zero.
 */
public record MarketCardDetail(MarketCardSummary card, Map<String, Map<String, TierPrice>> tiers,
                               Optional<CardmarketAverages> cardmarket) {

    public MarketCardDetail {
        Objects.requireNonNull(card, "card");
        Map<String, Map<String, TierPrice>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(tiers, "tiers").forEach((source, bySource) -> copy.put(source,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySource))));
        tiers = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(cardmarket, "cardmarket");
    }
}
