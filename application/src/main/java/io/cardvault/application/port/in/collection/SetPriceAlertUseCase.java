package io.cardvault.application.port.in.collection;

/**
 * Use case: set a price alert. An unknown card or a currency the platform cannot price in is an
 * {@code InvalidCollectionDataException} ({@code card_id}, {@code currency}); an active alert of the
 * same card, condition and target is a {@code DuplicatePriceAlertException}.
 */
public interface SetPriceAlertUseCase {

    PriceAlertView set(SetPriceAlertCommand command);
}
