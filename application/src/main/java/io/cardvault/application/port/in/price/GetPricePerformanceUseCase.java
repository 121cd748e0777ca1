package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardId;

/** Use case: per source and variant, how a card's raw market value moved over a period. */
public interface GetPricePerformanceUseCase {

    CardPriceView<SeriesPerformance> performance(CardId card, PerformancePeriod period);
}
