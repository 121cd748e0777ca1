package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.ListingRenewalTokenPort;
import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.application.port.out.renewal.RenewalClaim;
import io.cardvault.application.port.out.account.SessionClaims;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.ListingId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code tcg_session} value: {@code v2.<account id>.<session generation>.<session id>.<expiry
 * epoch seconds>.<signature>}, the signature being HMAC-SHA256 (the spec's HS256) over everything
 * before it, base64url. The generation and the 22-character session id let the application end
 * sessions (see {@code SessionStanding}); a {@code v1.<account id>.<expiry>.<signature>} token from
 * before them still verifies, as generation 0 without a session id, until its account's generation
 * moves on. Tokens are
 * signed with the current secret ({@code CARDVAULT_SESSION_SECRET}, ≥ 32 bytes) and accepted under
 * it or any previous one ({@code CARDVAULT_SESSION_OLD_SECRETS}, comma-separated), so a secret can
 * be rotated without logging everybody out: move the old one to the old-secrets list, and drop it
 * after 30 days. Comparison is constant-time. Without a secret the node generates one at start:
 * fine for development only, as sessions then die with the process and another node rejects them.
 * It lives beside the password hasher: both decide how credentials are made and checked. The same
 * keys sign renewal-mail links ({@link ListingRenewalTokenPort}): the spec signs those with the
 * session secret, and one place holds it.
 */
@ApplicationScoped
class HmacSessionTokens implements SessionTokenPort, ListingRenewalTokenPort {

    /** HMAC-SHA256 keys shorter than its output weaken it. */
    static final int MIN_SECRET_BYTES = 32;
    private static final Logger LOG = Logger.getLogger(HmacSessionTokens.class.getName());
    private static final String VERSION = "v2";
    private static final String FIRST_VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final String RENEWAL_VERSION = "lr1";

    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    /** One initialised Mac per thread and secret, the current secret's first: looking one up costs more than the HMAC. */
    private final List<ThreadLocal<Mac>> accepted;

    @Inject
    HmacSessionTokens(@ConfigProperty(name = "CARDVAULT_SESSION_SECRET") Optional<String> secret,
                      @ConfigProperty(name = "CARDVAULT_SESSION_OLD_SECRETS") Optional<String> oldSecrets) {
        // MicroProfile Config reads an empty value as missing, hence Optional.
        this(currentSecret(secret.orElse("")), Arrays.stream(oldSecrets.orElse("").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
    }

    HmacSessionTokens(byte[] currentSecret, List<byte[]> previousSecrets) {
        if (currentSecret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the session secret must be at least 32 bytes");
        }
        this.accepted = Stream.concat(Stream.of(currentSecret), previousSecrets.stream())
                .map(secret -> ThreadLocal.withInitial(() -> mac(secret.clone()))).toList();
    }

    /** For CDI's client proxy only. */
    protected HmacSessionTokens() {
        this.accepted = null;
    }

    private static byte[] currentSecret(String configured) {
        if (!configured.isBlank()) {
            return configured.strip().getBytes(StandardCharsets.UTF_8);
        }
        LOG.warning("CARDVAULT_SESSION_SECRET is not set: using a random secret for this process only "
                + "(development only; sessions end at restart and are not valid on other nodes)");
        byte[] generated = new byte[MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(generated);
        return generated;
    }

    @Override
    public String issue(SessionClaims claims) {
        if (!SESSION_ID.matcher(claims.sessionId()).matches()) {
            throw new IllegalArgumentException("a session id is 22 URL-safe base64 characters");
        }
        String payload = VERSION + "." + claims.account().value() + "." + claims.generation() + "." + claims.sessionId()
                + "." + claims.expiresAt().getEpochSecond();
        return payload + "." + sign(accepted.get(0), payload);
    }

    @Override
    public Optional<SessionClaims> verify(String token, Instant now) {
        Optional<String> signed = signedPayload(token);
        if (signed.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = signed.get().split("\\.");
        try {
            SessionClaims claims;
            if (parts.length == 5 && VERSION.equals(parts[0]) && SESSION_ID.matcher(parts[3]).matches()) {
                claims = new SessionClaims(new AccountId(Long.parseLong(parts[1])), Long.parseLong(parts[2]), parts[3],
                        Instant.ofEpochSecond(Long.parseLong(parts[4])));
            } else if (parts.length == 3 && FIRST_VERSION.equals(parts[0])) {
                claims = new SessionClaims(new AccountId(Long.parseLong(parts[1])), 0, "",
                        Instant.ofEpochSecond(Long.parseLong(parts[2])));
            } else {
                return Optional.empty();
            }
            return now.isBefore(claims.expiresAt()) ? Optional.of(claims) : Optional.empty();
        } catch (IllegalArgumentException | DateTimeException | InvalidAccountDataException e) {
            // numbers a token of ours never holds (NumberFormatException is an IllegalArgumentException)
            return Optional.empty();
        }
    }

    /**
     * A renewal link's token, {@code lr1.<listing id>.<renewal count>.<expiry epoch seconds>.<signature>}:
     * signed as sessions are, under their keys; its first word keeps it from ever reading as a session
     * (and a session from reading as it).
     */
    @Override
    public String issueRenewalToken(RenewalClaim claim) {
        String payload = RENEWAL_VERSION + "." + claim.listing().value() + "." + claim.renewalCount() + "."
                + claim.expiresAt().getEpochSecond();
        return payload + "." + sign(accepted.get(0), payload);
    }

    @Override
    public Optional<RenewalClaim> verifyRenewalToken(String token, Instant now) {
        Optional<String> signed = signedPayload(token);
        if (signed.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = signed.get().split("\\.");
        if (parts.length != 4 || !RENEWAL_VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            RenewalClaim claim = new RenewalClaim(new ListingId(Long.parseLong(parts[1])), Integer.parseInt(parts[2]),
                    Instant.ofEpochSecond(Long.parseLong(parts[3])));
            return now.isBefore(claim.expiresAt()) ? Optional.of(claim) : Optional.empty();
        } catch (IllegalArgumentException | DateTimeException | InvalidMarketplaceDataException e) {
            return Optional.empty();
        }
    }

    /** The part of {@code token} before its signature, when that signature is one of ours (constant-time). */
    private Optional<String> signedPayload(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int lastDot = token.lastIndexOf('.');
        if (lastDot < 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, lastDot);
        byte[] presented = token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        boolean signed = accepted.stream().anyMatch(mac ->
                MessageDigest.isEqual(sign(mac, payload).getBytes(StandardCharsets.US_ASCII), presented));
        return signed ? Optional.of(payload) : Optional.empty();
    }

    /** doFinal leaves the Mac ready for the next payload under the same key. */
    private static String sign(ThreadLocal<Mac> mac, String payload) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.get().doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
    }

    private static Mac mac(byte[] secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // HmacSHA256 is mandatory on every Java platform and any non-empty key is valid for it.
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
