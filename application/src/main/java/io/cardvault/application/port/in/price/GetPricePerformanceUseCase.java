package io.cardvault.application.port.in.price;

/** Use case: per source and variant, how a card's raw market value moved over a period. */
public interface GetPricePerformanceUseCase {

    CardPriceView<SeriesPerformance> performance(long cardId, PerformancePeriod period);
}
