package io.cardvault.application.port.in.collection;

/** Use case: a page of the caller's collection with each entry's card facts and current value. */
public interface ListCollectionUseCase {

    CollectionPage list(CollectionQuery query);
}
