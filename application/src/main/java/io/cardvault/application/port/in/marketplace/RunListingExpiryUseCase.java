package io.cardvault.application.port.in.marketplace;

/**
 * Use case: the scheduled listing-expiry run, on whichever node holds its lease: every active
 * listing past its expiry expires, and every seller whose listing expires within the reminder
 * window is mailed a one-click renewal link (once per listing and expiry). On a node without the
 * lease it does nothing and says so.
 */
public interface RunListingExpiryUseCase {

    ListingExpiryRun run();
}
