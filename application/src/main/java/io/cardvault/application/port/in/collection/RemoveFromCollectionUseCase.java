package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.CollectionEntryId;

/** Use case: delete an entry the owner holds; another owner's entry, or none, is {@link CollectionEntryNotFoundException}. */
public interface RemoveFromCollectionUseCase {

    void remove(AccountId owner, CollectionEntryId entry);
}
