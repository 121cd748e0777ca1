package io.cardvault.application.port.out;

import io.cardvault.application.port.out.renewal.RenewalClaim;
import java.time.Instant;
import java.util.Optional;

/**
 * Outgoing port: the signed token of a renewal mail's one-click link ({@code /listings/renew/<token>}).
 * It is signed with the session secret (the adapter's keys and their rotation), so only the platform
 * can make one, and it says which listing, at which renewal count it was issued (the renewal that
 * uses it moves the count on, which is what makes the link single-use) and until when it is valid.
 */
public interface ListingRenewalTokenPort {

    String issueRenewalToken(RenewalClaim claim);

    /** What a token says, when its signature holds and it has not expired at {@code now}. */
    Optional<RenewalClaim> verifyRenewalToken(String token, Instant now);
}
