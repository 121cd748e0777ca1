package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.out.CardAnalyticsCachePort;
import io.cardvault.application.port.out.LoadMarketAnalyticsPort;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.catalogue.CardId;
import java.io.Serializable;
import java.util.function.Function;

/**
 * The per-card payload cycle every card route shares: answer from the shared cache, else check the
 * card exists (404 otherwise), compute, cache for the policy's time to live.
 */
final class CardPayloads {

    private CardPayloads() {
    }

    static <T extends Serializable> T cached(CardAnalyticsCachePort cache, AnalyticsPolicy policy, LoadMarketAnalyticsPort market,
                                             CardId cardId, String key, Class<T> type, Function<MarketCard, T> compute) {
        return cache.get(cardId, key, type).orElseGet(() -> {
            MarketCard card = market.card(cardId)
                    .orElseThrow(() -> new CatalogueEntryNotFoundException(CatalogueEntryNotFoundException.Entry.CARD, cardId.value()));
            T payload = compute.apply(card);
            cache.put(cardId, key, payload, policy.cardPayloadTtl());
            return payload;
        });
    }
}
