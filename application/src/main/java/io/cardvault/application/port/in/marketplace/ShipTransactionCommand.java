package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.Shipment;
import io.cardvault.domain.marketplace.TransactionId;
import java.util.Objects;

/** The seller marks a paid transaction shipped ({@code POST /api/transactions/{id}/shipping}). */
public record ShipTransactionCommand(AccountId party, TransactionId transaction, Shipment shipment) {

    public ShipTransactionCommand {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(shipment, "shipment");
    }
}
