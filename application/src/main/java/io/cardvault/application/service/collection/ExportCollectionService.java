package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.CollectionExportRow;
import io.cardvault.application.port.in.collection.ExportCollectionUseCase;
import io.cardvault.application.port.out.CollectionStorePort;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.CollectionValuation;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Currency;
import java.util.List;

/** Every entry of the owner's, oldest first, valued as the list values it. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class ExportCollectionService implements ExportCollectionUseCase {

    private final CollectionStorePort store;
    private final CollectionItems items;

    @Inject
    public ExportCollectionService(CollectionStorePort store, LoadCatalogueViewsPort views, LoadPricesPort prices,
                                   ExchangeRatesStorePort rates) {
        this.store = store;
        this.items = new CollectionItems(views, prices, rates);
    }

    @Override
    public List<CollectionExportRow> export(AccountId owner, Currency currency) {
        CollectionValuation valuation = items.valuation(currency);
        return items.items(store.findAllByOwner(owner), valuation).stream().map(CollectionExportRow::from).toList();
    }
}
