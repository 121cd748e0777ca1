package io.cardvault.application.port.in.marketplace;

/**
 * Use case: the seller ships a paid transaction with carrier and tracking number; the buyer is told.
 * Refusals as for {@link ChangeTransactionStatusUseCase}.
 */
public interface ShipTransactionUseCase {

    TransactionView ship(ShipTransactionCommand command);
}
