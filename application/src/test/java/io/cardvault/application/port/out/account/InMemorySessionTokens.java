package io.cardvault.application.port.out.account;

import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.domain.account.AccountId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Fake session tokens that spell out their claims ({@code account:generation:session:expiry}) and
 * carry a SHA-256 of them, so a changed token no longer verifies; not a secret-keyed signature.
 */
public final class InMemorySessionTokens implements SessionTokenPort {

    @Override
    public String issue(SessionClaims claims) {
        String payload = claims.account().value() + ":" + claims.generation() + ":" + claims.sessionId() + ":"
                + claims.expiresAt().getEpochSecond();
        return payload + ":" + digest(payload);
    }

    @Override
    public Optional<SessionClaims> verify(String token, Instant now) {
        if (token == null) {
            return Optional.empty();
        }
        int last = token.lastIndexOf(':');
        if (last < 0 || !digest(token.substring(0, last)).equals(token.substring(last + 1))) {
            return Optional.empty();
        }
        String[] parts = token.substring(0, last).split(":", -1);
        Instant expiry = Instant.ofEpochSecond(Long.parseLong(parts[3]));
        return now.isBefore(expiry)
                ? Optional.of(new SessionClaims(new AccountId(Long.parseLong(parts[0])), Long.parseLong(parts[1]), parts[2], expiry))
                : Optional.empty();
    }

    private static String digest(String payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is on every Java platform", e);
        }
    }
}
