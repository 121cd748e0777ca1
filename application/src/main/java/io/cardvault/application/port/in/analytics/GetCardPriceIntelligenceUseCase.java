package io.cardvault.application.port.in.analytics;


/** Use case: a card's confidence-weighted cross-source price in EUR. */
public interface GetCardPriceIntelligenceUseCase {

    CardPriceIntelligence intelligence(PriceIntelligenceQuery query);
}
