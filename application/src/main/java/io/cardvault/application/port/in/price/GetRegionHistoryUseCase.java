package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.PricePoint;
import java.util.List;

/** Use case: the v2 history — raw points of one variant in one region, by day then price type. */
public interface GetRegionHistoryUseCase {

    /** @throws io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException unknown card, or a variant not the card's */
    List<PricePoint> history(RegionHistoryQuery query);
}
