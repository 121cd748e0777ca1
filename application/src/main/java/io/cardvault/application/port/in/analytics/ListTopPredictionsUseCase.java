package io.cardvault.application.port.in.analytics;

import java.util.List;

/** Use case: the cards with the largest forecast 30-day rise (medium or high confidence). */
public interface ListTopPredictionsUseCase {

    List<CardPrediction> top(int limit);
}
