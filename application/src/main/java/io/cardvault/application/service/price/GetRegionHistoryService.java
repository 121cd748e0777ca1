package io.cardvault.application.service.price;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException.Entry;
import io.cardvault.application.port.in.price.GetRegionHistoryUseCase;
import io.cardvault.application.port.in.price.RegionHistoryQuery;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.VariantDetails;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricePoint;
import java.util.Comparator;
import java.util.List;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The v2 history: the variant asked for (else the card's first), its raw series of the region. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetRegionHistoryService implements GetRegionHistoryUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public GetRegionHistoryService(LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected GetRegionHistoryService() {
        this(null, null);
    }

    @Override
    public List<PricePoint> history(RegionHistoryQuery query) {
        CardDetails card = PriceLookups.card(views, query.cardId());
        List<Long> variants = card.variants().stream().map(VariantDetails::id).toList();
        long variant = query.variantId().orElseGet(() -> variants.isEmpty() ? 0 : variants.get(0));
        if (!variants.contains(variant)) {
            if (query.variantId().isEmpty()) {
                return List.of();
            }
            throw new CatalogueEntryNotFoundException(Entry.VARIANT, variant);
        }
        return prices.regionHistory(new VariantId(variant), query.region(), PriceLookups.today().minusDays(query.days()))
                .stream()
                .sorted(Comparator.comparing(PricePoint::asOf).thenComparing(point -> point.series().type().code())
                        .thenComparing(point -> point.series().source().code()))
                .toList();
    }
}
