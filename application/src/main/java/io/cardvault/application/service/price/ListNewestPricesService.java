package io.cardvault.application.service.price;

import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.port.in.price.CardPriceView;
import io.cardvault.application.port.in.price.ListNewestPricesUseCase;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The newest raw rows of a card's series, newest first. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListNewestPricesService implements ListNewestPricesUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public ListNewestPricesService(LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected ListNewestPricesService() {
        this(null, null);
    }

    @Override
    public CardPriceView<PricePoint> newest(CardId cardId, Optional<PriceSource> source, Optional<String> variant, int limit) {
        CardDetails card = PriceLookups.card(views, cardId);
        Optional<Set<VariantId>> variants = PriceLookups.variantsNamed(card, variant);
        return new CardPriceView<>(card, variants.map(ids -> prices.newestPoints(cardId, source, ids, limit)).orElse(List.of()));
    }
}
