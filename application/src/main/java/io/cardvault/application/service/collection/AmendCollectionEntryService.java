package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.AmendCollectionEntryCommand;
import io.cardvault.application.port.in.collection.AmendCollectionEntryUseCase;
import io.cardvault.application.port.in.collection.CollectionEntryNotFoundException;
import io.cardvault.application.port.in.collection.CollectionItem;
import io.cardvault.application.port.out.CollectionStorePort;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.collection.CollectionAmendment;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.CollectionValuation;
import jakarta.inject.Inject;

/** Changes an entry of the owner's; another owner's entry is not found, exactly like a missing one. */
@UseCase
public class AmendCollectionEntryService implements AmendCollectionEntryUseCase {

    private final CollectionStorePort store;
    private final CollectionItems items;

    @Inject
    public AmendCollectionEntryService(CollectionStorePort store, LoadCatalogueViewsPort views, LoadPricesPort prices,
                                       ExchangeRatesStorePort rates) {
        this.store = store;
        this.items = new CollectionItems(views, prices, rates);
    }

    @Override
    public CollectionItem amend(AmendCollectionEntryCommand command) {
        CollectionValuation valuation = items.valuation(command.valuedIn());
        CollectionEntry entry = store.findById(command.entry()).filter(found -> found.isOwnedBy(command.owner()))
                .orElseThrow(CollectionEntryNotFoundException::new);
        CardDetails card = items.card(entry.card());
        CollectionEntry amended = entry.amend(new CollectionAmendment(command.quantity(), command.condition(),
                command.variant().map(word -> word.map(text -> CollectionItems.variant(card, text))),
                command.pricePaid(), command.grading()));
        store.update(amended);
        return items.item(amended, valuation);
    }
}
