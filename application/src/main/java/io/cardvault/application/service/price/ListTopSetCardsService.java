package io.cardvault.application.service.price;

import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException.Entry;
import io.cardvault.application.port.in.price.ListTopSetCardsUseCase;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.price.CardPriceSummary;
import java.util.List;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A set's cards by USD best price. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListTopSetCardsService implements ListTopSetCardsUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public ListTopSetCardsService(LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected ListTopSetCardsService() {
        this(null, null);
    }

    @Override
    public List<CardPriceSummary> topCards(CardSetId setId, int limit) {
        views.set(setId).orElseThrow(() -> new CatalogueEntryNotFoundException(Entry.SET, setId.value()));
        return prices.topOfSet(setId, GetSetPriceStatsService.USD, limit);
    }
}
