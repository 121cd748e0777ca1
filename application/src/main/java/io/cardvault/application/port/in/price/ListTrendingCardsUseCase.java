package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.CardPriceSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Use case: trending cards — the largest absolute seven-day change of the USD best price among cards
 * worth at least {@link #MIN_PRICE_USD} (so a $0.10 card doubling does not lead), optionally of one game.
 */
public interface ListTrendingCardsUseCase {

    int DEFAULT_LIMIT = 20;
    int MAX_LIMIT = 100;
    BigDecimal MIN_PRICE_USD = new BigDecimal("1.00");

    List<CardPriceSummary> trending(Optional<String> gameSlug, int limit);
}
