package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.marketplace.TransactionId;
import io.cardvault.domain.shared.Money;
import java.util.Objects;

/** The transaction a buy-now opened and what the buyer pays: the price, the handling fee, their sum. */
public record BuyNowReceipt(TransactionId transaction, Money amount, Money handlingFee, Money buyerTotal) {

    public BuyNowReceipt {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(handlingFee, "handlingFee");
        Objects.requireNonNull(buyerTotal, "buyerTotal");
    }
}
