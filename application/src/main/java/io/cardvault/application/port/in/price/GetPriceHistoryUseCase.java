package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.PriceSource;
import java.util.Optional;

/**
 * Use case: the legacy history of a card over {@code days} days with its analysis. Without a
 * variant the card's best-covered variant is used, so the series is one line per source.
 */
public interface GetPriceHistoryUseCase {

    int DEFAULT_DAYS = 90;
    int MAX_DAYS = 3650;

    AnalysedSnapshots history(CardId card, int days, Optional<PriceSource> source, Optional<String> variant);
}
