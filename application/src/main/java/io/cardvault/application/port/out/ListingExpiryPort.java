package io.cardvault.application.port.out;

import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import java.time.Instant;
import java.util.List;

/**
 * Outgoing port: what the listing-expiry job needs from the listings beyond the listing store: the
 * active listings run out in bulk, the ones about to run out, and a record of the renewal mails
 * sent (one per listing and expiry, whichever node's job sends it; a renewal moves the expiry, so
 * the next expiry gets its own mail).
 */
public interface ListingExpiryPort {

    /**
     * Expires every active listing whose expiry is at or before {@code now} (the rule of
     * {@link Listing#isPastExpiryAt}), as one write; answers how many. A sale racing with it loses
     * as it would against any other change (the listing's version moves).
     */
    int expireDue(Instant now);

    /**
     * Active listings expiring after {@code now} and at or before {@code until} with no renewal mail
     * recorded for that expiry, soonest first, at most {@code limit}.
     */
    List<Listing> findDueForReminder(Instant now, Instant until, int limit);

    /** Records the renewal mail of {@code listing} for {@code expiresAt}; true only for the call that recorded it first. */
    boolean markReminded(ListingId listing, Instant expiresAt, Instant at);
}
