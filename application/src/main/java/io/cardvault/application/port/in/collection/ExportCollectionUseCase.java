package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import java.util.Currency;
import java.util.List;

/** Use case: every entry of the owner's collection, oldest first, valued in one currency, for the CSV export. */
public interface ExportCollectionUseCase {

    List<CollectionExportRow> export(AccountId owner, Currency currency);
}
