package io.cardvault.application.port.in.marketplace;

import java.time.Instant;

/**
 * Use case: the scheduled listing-expiry run, on whichever node holds its lease: every active
 * listing past its expiry expires, and every seller whose listing expires within the reminder
 * window is mailed a one-click renewal link (once per listing and expiry). On a node without the
 * lease it does nothing and says so. {@code asOf} is the moment judged by: the scheduler's now (a
 * test route may pass a later one, to see what a later run does).
 */
public interface RunListingExpiryUseCase {

    ListingExpiryRun run(Instant asOf);
}
