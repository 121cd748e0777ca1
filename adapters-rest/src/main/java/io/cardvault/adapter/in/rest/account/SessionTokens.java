package io.cardvault.adapter.in.rest.account;

import io.cardvault.domain.account.AccountId;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code tcg_session} value: {@code v1.<account id>.<expiry epoch seconds>.<signature>}, the
 * signature being HMAC-SHA256 (the spec's HS256) over everything before it, base64url. Tokens are
 * signed with the current secret and accepted under it or any previous one, so a secret can be
 * rotated without logging everybody out: move the old one to the old-secrets list, and drop it
 * after 30 days. Comparison is constant-time.
 */
public final class SessionTokens {

    public static final Duration LIFETIME = Duration.ofDays(30);
    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    /** HMAC-SHA256 keys shorter than its output weaken it. */
    public static final int MIN_SECRET_BYTES = 32;

    private final byte[] current;
    private final List<byte[]> accepted;

    public SessionTokens(byte[] currentSecret, List<byte[]> previousSecrets) {
        if (currentSecret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the session secret must be at least 32 bytes");
        }
        this.current = currentSecret.clone();
        this.accepted = java.util.stream.Stream.concat(java.util.stream.Stream.of(currentSecret),
                previousSecrets.stream()).map(byte[]::clone).toList();
    }

    public String issue(AccountId account, Instant now) {
        String payload = VERSION + "." + account.value() + "." + now.plus(LIFETIME).getEpochSecond();
        return payload + "." + sign(current, payload);
    }

    /** The account a token names, when its signature is valid under any accepted secret and it has not expired. */
    public Optional<AccountId> verify(String token, Instant now) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int lastDot = token.lastIndexOf('.');
        if (lastDot < 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, lastDot);
        byte[] presented = token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        boolean signed = accepted.stream().anyMatch(secret ->
                MessageDigest.isEqual(sign(secret, payload).getBytes(StandardCharsets.US_ASCII), presented));
        if (!signed) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            long expiry = Long.parseLong(parts[2]);
            return now.getEpochSecond() < expiry ? Optional.of(new AccountId(Long.parseLong(parts[1]))) : Optional.empty();
        } catch (NumberFormatException | io.cardvault.domain.account.InvalidAccountDataException e) {
            return Optional.empty();
        }
    }

    private static String sign(byte[] secret, String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // HmacSHA256 is mandatory on every Java platform and any non-empty key is valid for it.
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
