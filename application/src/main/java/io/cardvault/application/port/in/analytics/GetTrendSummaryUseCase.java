package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.AnalyticsScope;

/** Use case: the card-detail side rail for a scope (cached). */
public interface GetTrendSummaryUseCase {

    TrendSummary summary(long cardId, AnalyticsScope scope);
}
