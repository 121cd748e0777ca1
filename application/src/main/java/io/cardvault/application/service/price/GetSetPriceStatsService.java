package io.cardvault.application.service.price;

import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException.Entry;
import io.cardvault.application.port.in.price.GetSetPriceStatsUseCase;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.price.SetPriceStats;
import java.util.Currency;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The set's USD price figures over its cards' best prices. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetSetPriceStatsService implements GetSetPriceStatsUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public GetSetPriceStatsService(LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected GetSetPriceStatsService() {
        this(null, null);
    }

    static final Currency USD = Currency.getInstance("USD");

    @Override
    public SetPriceStats setStats(CardSetId setId) {
        return prices.setStats(views.set(setId).orElseThrow(() -> new CatalogueEntryNotFoundException(Entry.SET, setId.value())), USD);
    }
}
