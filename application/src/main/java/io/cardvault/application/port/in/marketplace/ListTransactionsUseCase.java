package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.catalogue.Slice;

/** Use case: the transactions the caller is a party to, newest first. */
public interface ListTransactionsUseCase {

    Slice<TransactionView> list(TransactionQuery query);
}
