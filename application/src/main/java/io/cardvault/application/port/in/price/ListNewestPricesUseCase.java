package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSource;
import java.util.Optional;

/** Use case: a card's raw price rows, newest first (outliers excluded), at most {@link #MAX_LIMIT}. */
public interface ListNewestPricesUseCase {

    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 200;

    CardPriceView<PricePoint> newest(CardId card, Optional<PriceSource> source, Optional<String> variant, int limit);
}
