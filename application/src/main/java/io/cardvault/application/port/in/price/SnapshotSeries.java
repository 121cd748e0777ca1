package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PriceSnapshot;
import io.cardvault.domain.price.PriceSource;
import java.util.List;
import java.util.Optional;

/** Daily snapshots of one source for a card; the source is absent when the card has none in the window. */
public record SnapshotSeries(CardDetails card, Optional<PriceSource> source, List<PriceSnapshot> snapshots) {

    public SnapshotSeries {
        snapshots = List.copyOf(snapshots);
    }

    public String variantName(VariantId variant) {
        return PricedCard.VariantNames.of(card).apply(variant);
    }
}
