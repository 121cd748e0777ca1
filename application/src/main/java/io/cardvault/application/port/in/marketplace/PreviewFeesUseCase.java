package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.marketplace.FeeBreakdown;
import io.cardvault.domain.shared.Money;

/**
 * Use case: what a seller would pay and receive on a sale at {@code price} (euros), with or without
 * image protection ({@code GET /api/listings/fee-preview}), under the configured fee schedule.
 */
public interface PreviewFeesUseCase {

    FeeBreakdown preview(Money price, boolean imageProtection);
}
