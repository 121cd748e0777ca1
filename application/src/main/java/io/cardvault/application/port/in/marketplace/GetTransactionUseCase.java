package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.TransactionId;

/** Use case: one transaction, for its buyer or seller only; anyone else gets {@link TransactionNotFoundException}. */
public interface GetTransactionUseCase {

    TransactionView get(AccountId party, TransactionId transaction);
}
