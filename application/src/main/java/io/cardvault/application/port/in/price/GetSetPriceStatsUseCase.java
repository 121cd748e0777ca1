package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.price.SetPriceStats;

/** Use case: min, max, average and total USD value of a set's priced cards. */
public interface GetSetPriceStatsUseCase {

    SetPriceStats setStats(CardSetId set);
}
