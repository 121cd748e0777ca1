package io.cardvault.application.port.in.collection;

/**
 * Use case: change an entry the owner holds and answer it as it now stands. Another owner's entry,
 * or none, is {@link CollectionEntryNotFoundException}. The entry keeps its id even when the change
 * makes it the same holding as another entry (the two are not merged behind the owner's back).
 */
public interface AmendCollectionEntryUseCase {

    CollectionItem amend(AmendCollectionEntryCommand command);
}
