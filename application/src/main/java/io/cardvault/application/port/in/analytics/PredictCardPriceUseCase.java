package io.cardvault.application.port.in.analytics;


/** Use case: a linear-regression forecast of a card's price days ahead. */
public interface PredictCardPriceUseCase {

    CardPrediction predict(long cardId, int daysAhead);
}
