package io.cardvault.application.port.in.poketrace;

/**
 * Use case: a page of a market's cards, in card id order. A plan that may not read the market or
 * the graded prices asked for is refused ({@link PlanUpgradeRequiredException}).
 */
public interface ListMarketCardsUseCase {

    KeyedPage<MarketCardSummary, Long> list(ListMarketCardsQuery query);
}
