package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.AddToCollectionCommand;
import io.cardvault.application.port.in.collection.AddToCollectionUseCase;
import io.cardvault.application.port.in.collection.AddedToCollection;
import io.cardvault.application.port.out.CollectionStorePort;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.CollectionValuation;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Adds copies to the owner's collection; copies of a holding already there (same card, variant,
 * condition and slab) are merged into it, so one holding is one line of the collection.
 */
@UseCase
public class AddToCollectionService implements AddToCollectionUseCase {

    private final CollectionStorePort store;
    private final CollectionItems items;
    private final Clock clock;

    @Inject
    public AddToCollectionService(CollectionStorePort store, LoadCatalogueViewsPort views, LoadPricesPort prices,
                                  ExchangeRatesStorePort rates) {
        this(store, views, prices, rates, Clock.systemUTC());
    }

    public AddToCollectionService(CollectionStorePort store, LoadCatalogueViewsPort views, LoadPricesPort prices,
                                  ExchangeRatesStorePort rates, Clock clock) {
        this.store = store;
        this.items = new CollectionItems(views, prices, rates);
        this.clock = clock;
    }

    @Override
    public AddedToCollection add(AddToCollectionCommand command) {
        CollectionValuation valuation = items.valuation(command.valuedIn());
        CardDetails card = items.card(command.card());
        CollectionEntry added = CollectionEntry.add(command.owner(), command.card(),
                command.variant().map(word -> CollectionItems.variant(card, word)), command.quantity(), command.condition(),
                command.pricePaid(), command.grading(), clock.instant());
        Optional<CollectionEntry> holding = store.findHolding(added);
        if (holding.isPresent()) {
            CollectionEntry merged = holding.get().mergedWith(added);
            store.update(merged);
            return new AddedToCollection(items.item(merged, valuation), true);
        }
        return new AddedToCollection(items.item(store.add(added), valuation), false);
    }
}
