package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.CollectionPage;
import io.cardvault.application.port.in.collection.CollectionQuery;
import io.cardvault.application.port.in.collection.ListCollectionUseCase;
import io.cardvault.application.port.out.CollectionStorePort;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.CollectionValuation;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A page of the owner's entries, newest first, each with its card's facts and its value in the asked currency. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class ListCollectionService implements ListCollectionUseCase {

    private final CollectionStorePort store;
    private final CollectionItems items;

    @Inject
    public ListCollectionService(CollectionStorePort store, LoadCatalogueViewsPort views, LoadPricesPort prices,
                                 ExchangeRatesStorePort rates) {
        this.store = store;
        this.items = new CollectionItems(views, prices, rates);
    }

    @Override
    public CollectionPage list(CollectionQuery query) {
        CollectionValuation valuation = items.valuation(query.currency());
        Slice<CollectionEntry> page = store.findByOwner(query.owner(), query.game(), query.limit(), query.offset());
        return new CollectionPage(items.items(page.items(), valuation), page.total(), query.currency());
    }
}
