package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.ChartSeries;
import io.cardvault.domain.catalogue.VariantId;
import java.util.List;
import java.util.Optional;

/**
 * Use case: the chartable lines of a card (daily medians; lines under {@link #MIN_POINTS} days left
 * out): of every variant, or of one variant only (the card page's selected printing and finish,
 * so a 1st Edition holo never shares a line with the Unlimited holo).
 */
public interface GetPriceChartUseCase {

    int MIN_POINTS = 5;

    /** {@code variant} empty: every variant's lines. */
    List<ChartSeries> chart(CardId card, Optional<VariantId> variant);
}
