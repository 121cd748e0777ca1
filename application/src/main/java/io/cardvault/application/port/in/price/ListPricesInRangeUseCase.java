package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSource;
import java.time.LocalDate;
import java.util.Optional;

/** Use case: a card's price rows between two days (inclusive, at most {@link #MAX_SPAN_DAYS} apart), by day. */
public interface ListPricesInRangeUseCase {

    int DEFAULT_SPAN_DAYS = 30;
    int MAX_SPAN_DAYS = 366;

    CardPriceView<PricePoint> inRange(CardId card, LocalDate from, LocalDate to, Optional<PriceSource> source);
}
