package io.cardvault.application.port.in.marketplace;

/**
 * Where a listing is read: its page, the spec's {@code /listings/4912}, without a language (the site
 * sends each reader to theirs). Notifications, the moderators' queue, the code check's answer and the
 * pages all link there, so the path is spelled once.
 */
public final class ListingPaths {

    private ListingPaths() {
    }

    public static String of(long listingId) {
        return "/listings/" + listingId;
    }
}
