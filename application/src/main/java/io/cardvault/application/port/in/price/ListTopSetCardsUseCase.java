package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.price.CardPriceSummary;
import java.util.List;

/** Use case: a set's most valuable cards (USD best price), highest first. */
public interface ListTopSetCardsUseCase {

    int DEFAULT_LIMIT = 10;
    int MAX_LIMIT = 50;

    List<CardPriceSummary> topCards(CardSetId set, int limit);
}
