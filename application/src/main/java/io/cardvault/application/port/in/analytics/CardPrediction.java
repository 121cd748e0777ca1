package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.PricePrediction;
import java.io.Serializable;

/** A card's regression forecast; {@code prediction} is null when the card has fewer than two daily points. */
public record CardPrediction(MarketCard card, String source, PricePrediction prediction) implements Serializable {
}
