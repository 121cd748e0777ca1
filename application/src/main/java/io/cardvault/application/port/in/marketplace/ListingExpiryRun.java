package io.cardvault.application.port.in.marketplace;

/**
 * What one expiry run did: whether this node held the job's lease, how many listings it expired and
 * how many renewal mails it handed to the mail port.
 */
public record ListingExpiryRun(boolean ran, int expired, int reminded) {

    public static final ListingExpiryRun SKIPPED = new ListingExpiryRun(false, 0, 0);

    public ListingExpiryRun {
        if (expired < 0 || reminded < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }
}
