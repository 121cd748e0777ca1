package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.TransactionId;
import java.util.Objects;
import java.util.Optional;

/** A party rates the other side ({@code POST /api/transactions/{id}/rate}): 1–5 stars, a review of at most 1000 characters. */
public record RateTransactionCommand(AccountId rater, TransactionId transaction, int stars, Optional<String> review) {

    public RateTransactionCommand {
        Objects.requireNonNull(rater, "rater");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(review, "review");
    }
}
