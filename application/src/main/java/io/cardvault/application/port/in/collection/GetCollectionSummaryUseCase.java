package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import java.util.Currency;

/**
 * Use case: what the owner's collection is worth in one currency and how that moved over 24 hours
 * and 7 days (the current holdings at the prices of then, against now). A currency that is neither
 * EUR nor in the newest stored ECB rates is refused as an
 * {@link io.cardvault.domain.collection.InvalidCollectionDataException} on {@code currency}.
 */
public interface GetCollectionSummaryUseCase {

    CollectionSummary summary(AccountId owner, Currency currency);
}
