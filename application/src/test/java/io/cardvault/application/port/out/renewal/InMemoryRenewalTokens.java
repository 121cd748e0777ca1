package io.cardvault.application.port.out.renewal;

import io.cardvault.application.port.out.ListingRenewalTokenPort;
import io.cardvault.domain.marketplace.ListingId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Fake renewal tokens that spell out their claim ({@code listing:count:expiry}) with a SHA-256 of it,
 * so a changed token no longer verifies; not a secret-keyed signature.
 */
public final class InMemoryRenewalTokens implements ListingRenewalTokenPort {

    @Override
    public String issueRenewalToken(RenewalClaim claim) {
        String payload = claim.listing().value() + "-" + claim.renewalCount() + "-" + claim.expiresAt().getEpochSecond();
        return payload + "-" + digest(payload);
    }

    @Override
    public Optional<RenewalClaim> verifyRenewalToken(String token, Instant now) {
        if (token == null) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('-');
        if (last < 0 || !digest(token.substring(0, last)).equals(token.substring(last + 1))) {
            return Optional.empty();
        }
        String[] parts = token.substring(0, last).split("-", -1);
        RenewalClaim claim = new RenewalClaim(new ListingId(Long.parseLong(parts[0])), Integer.parseInt(parts[1]),
                Instant.ofEpochSecond(Long.parseLong(parts[2])));
        return now.isBefore(claim.expiresAt()) ? Optional.of(claim) : Optional.empty();
    }

    private static String digest(String payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is on every Java platform", e);
        }
    }
}
