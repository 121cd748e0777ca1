package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.application.port.in.marketplace.BuyNowReceipt;
import java.math.BigDecimal;

/** The spec's buy-now answer: the transaction, where to pay it, and what the buyer pays. */
public record BuyNowResponse(boolean ok, long transactionId, String redirectUrl, BigDecimal amount, String currency,
                             BigDecimal buyerTotal, BigDecimal handlingFee) {

    static BuyNowResponse from(BuyNowReceipt receipt) {
        long id = receipt.transaction().value();
        return new BuyNowResponse(true, id, "/checkout/" + id, receipt.amount().amount(),
                receipt.amount().currency().getCurrencyCode(), receipt.buyerTotal().amount(), receipt.handlingFee().amount());
    }
}
