package io.cardvault.application.port.in.price;

/** Use case: fill daily price history from an upstream that keeps it (the sandbox market). */
public interface BackfillPricesUseCase {

    BackfillReport backfill(BackfillPricesCommand command);
}
