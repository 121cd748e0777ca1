package io.cardvault.application.service.price;

import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.port.in.price.CardPriceView;
import io.cardvault.application.port.in.price.ListPricesInRangeUseCase;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSource;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A card's rows between two days, by day, source, variant and type. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListPricesInRangeService implements ListPricesInRangeUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public ListPricesInRangeService(LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected ListPricesInRangeService() {
        this(null, null);
    }

    @Override
    public CardPriceView<PricePoint> inRange(CardId cardId, LocalDate from, LocalDate to, Optional<PriceSource> source) {
        CardDetails card = PriceLookups.card(views, cardId);
        return new CardPriceView<>(card, prices.points(cardId, source, Set.of(), from, to).stream()
                .sorted(Comparator.comparing(PricePoint::asOf).thenComparing(point -> point.series().source())
                        .thenComparingLong(point -> point.series().variant().value())
                        .thenComparing(point -> point.series().type()))
                .toList());
    }
}
