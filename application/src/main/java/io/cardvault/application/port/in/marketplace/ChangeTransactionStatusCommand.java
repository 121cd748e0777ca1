package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.TransactionId;
import io.cardvault.domain.marketplace.TransactionStatus;
import java.util.Objects;

/** A party moves a transaction ({@code POST /api/transactions/{id}/status}). */
public record ChangeTransactionStatusCommand(AccountId party, TransactionId transaction, TransactionStatus next) {

    public ChangeTransactionStatusCommand {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(next, "next");
    }
}
