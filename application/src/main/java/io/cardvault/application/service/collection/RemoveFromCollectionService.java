package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.CollectionEntryNotFoundException;
import io.cardvault.application.port.in.collection.RemoveFromCollectionUseCase;
import io.cardvault.application.port.out.CollectionStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.CollectionEntryId;
import jakarta.inject.Inject;

/** Deletes an entry of the owner's; another owner's entry is not found, exactly like a missing one. */
@UseCase
public class RemoveFromCollectionService implements RemoveFromCollectionUseCase {

    private final CollectionStorePort store;

    @Inject
    public RemoveFromCollectionService(CollectionStorePort store) {
        this.store = store;
    }

    @Override
    public void remove(AccountId owner, CollectionEntryId entry) {
        store.findById(entry).filter(found -> found.isOwnedBy(owner)).orElseThrow(CollectionEntryNotFoundException::new);
        store.delete(entry);
    }
}
