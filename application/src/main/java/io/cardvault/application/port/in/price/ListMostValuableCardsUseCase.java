package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.CardPriceSummary;
import java.util.List;
import java.util.Optional;

/** Use case: the most valuable cards (USD best price), optionally of one game. */
public interface ListMostValuableCardsUseCase {

    int DEFAULT_LIMIT = 25;
    int MAX_LIMIT = 100;

    List<CardPriceSummary> mostValuable(Optional<String> gameSlug, int limit);
}
