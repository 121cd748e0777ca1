package io.cardvault.application.service.price;

import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.application.port.in.price.ListPriceSnapshotsUseCase;
import io.cardvault.application.port.in.price.SnapshotSeries;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PriceSnapshot;
import io.cardvault.domain.price.PriceSource;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Snapshots of one source (asked for, else the best-covered in the window), by day. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListPriceSnapshotsService implements ListPriceSnapshotsUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public ListPriceSnapshotsService(LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected ListPriceSnapshotsService() {
        this(null, null);
    }

    @Override
    public SnapshotSeries snapshots(CardId cardId, Optional<PriceSource> source, Optional<String> variant, int days) {
        CardDetails card = PriceLookups.card(views, cardId);
        Optional<Set<VariantId>> variants = PriceLookups.variantsNamed(card, variant);
        if (variants.isEmpty()) {
            return new SnapshotSeries(card, source, List.of());
        }
        List<PriceSnapshot> all = prices.snapshots(cardId, source, variants.get(), PriceLookups.today().minusDays(days));
        Optional<PriceSource> shown = source.isPresent() ? source
                : GetPriceHistoryService.mostCovered(all, PriceSnapshot::source, Comparator.naturalOrder());
        return new SnapshotSeries(card, shown, all.stream().filter(snapshot -> shown.get() == snapshot.source())
                .sorted(Comparator.comparing(PriceSnapshot::day).thenComparingLong(snapshot -> snapshot.variant().value()))
                .toList());
    }
}
