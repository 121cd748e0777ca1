package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.catalogue.CardId;

/**
 * Use case: a linear-regression forecast of one variant's price days ahead. The scope picks the
 * variant ({@code auto}: the card's best-covered one); the answer names the variant it used.
 */
public interface PredictCardPriceUseCase {

    CardPrediction predict(CardId card, AnalyticsScope scope, int daysAhead);
}
