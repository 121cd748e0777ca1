package io.cardvault.application.service.price;

import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.application.port.in.price.GetPriceChartUseCase;
import io.cardvault.application.port.in.price.PricedCard;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.ChartSeries;
import io.cardvault.domain.catalogue.VariantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Every snapshot of the card, raw and graded, bucketed into chart lines. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetPriceChartService implements GetPriceChartUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public GetPriceChartService(LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected GetPriceChartService() {
        this(null, null);
    }

    @Override
    public List<ChartSeries> chart(CardId cardId, Optional<VariantId> variant) {
        CardDetails card = PriceLookups.card(views, cardId);
        return ChartSeries.of(prices.snapshots(cardId, Optional.empty(), variant.map(Set::of).orElse(Set.of()), LocalDate.EPOCH),
                PricedCard.VariantNames.of(card), MIN_POINTS);
    }
}
