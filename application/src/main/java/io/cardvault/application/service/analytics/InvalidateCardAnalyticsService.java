package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.InvalidateCardAnalyticsUseCase;
import io.cardvault.application.port.out.CardAnalyticsCachePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CardId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Forgets cached per-card payloads on every node when the card's prices change. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class InvalidateCardAnalyticsService implements InvalidateCardAnalyticsUseCase {

    private final CardAnalyticsCachePort cache;

    @Inject
    public InvalidateCardAnalyticsService(CardAnalyticsCachePort cache) {
        this.cache = cache;
    }

    /** For CDI's client proxy only. */
    protected InvalidateCardAnalyticsService() {
        this(null);
    }

    @Override
    public void invalidate(CardId cardId) {
        cache.invalidate(cardId);
    }

    @Override
    public void invalidateAll() {
        cache.invalidateAll();
    }
}
