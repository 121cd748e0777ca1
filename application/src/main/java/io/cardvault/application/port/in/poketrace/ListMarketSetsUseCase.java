package io.cardvault.application.port.in.poketrace;

/** Use case: a page of the Pokémon sets, by slug. */
public interface ListMarketSetsUseCase {

    KeyedPage<MarketSet, String> list(ListMarketSetsQuery query);
}
