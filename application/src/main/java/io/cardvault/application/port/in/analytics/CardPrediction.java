package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.PricePrediction;
import java.io.Serializable;

/**
 * A card's regression forecast for one variant ({@code variant}: its slug, null when the card has no
 * variant of the scope asked); {@code prediction} is null with fewer than two daily points.
 */
public record CardPrediction(MarketCard card, String variant, String source, PricePrediction prediction) implements Serializable {
}
