package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.ChartSeries;
import java.util.List;

/** Use case: every chartable line of a card (daily medians; lines under {@link #MIN_POINTS} days left out). */
public interface GetPriceChartUseCase {

    int MIN_POINTS = 5;

    List<ChartSeries> chart(long cardId);
}
