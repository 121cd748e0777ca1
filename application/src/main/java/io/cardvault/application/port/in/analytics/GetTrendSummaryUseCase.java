package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.catalogue.CardId;

/** Use case: the card-detail side rail for a scope (cached). */
public interface GetTrendSummaryUseCase {

    TrendSummary summary(CardId card, AnalyticsScope scope);
}
