package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.catalogue.CardId;


/** Use case: a linear-regression forecast of a card's price days ahead. */
public interface PredictCardPriceUseCase {

    CardPrediction predict(CardId card, int daysAhead);
}
