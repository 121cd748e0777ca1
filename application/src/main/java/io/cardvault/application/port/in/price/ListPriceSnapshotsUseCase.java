package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.PriceSource;
import java.util.Optional;

/**
 * Use case: a card's per-day snapshots of one source over at most {@link #MAX_DAYS} days; without a
 * source, the source with the most snapshots in the window.
 */
public interface ListPriceSnapshotsUseCase {

    int DEFAULT_DAYS = 180;
    int MAX_DAYS = 365;

    SnapshotSeries snapshots(CardId card, Optional<PriceSource> source, Optional<String> variant, int days);
}
