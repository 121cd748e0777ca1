package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.InvalidAccountDataException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code tcg_session} value: {@code v1.<account id>.<expiry epoch seconds>.<signature>}, the
 * signature being HMAC-SHA256 (the spec's HS256) over everything before it, base64url. Tokens are
 * signed with the current secret ({@code CARDVAULT_SESSION_SECRET}, ≥ 32 bytes) and accepted under
 * it or any previous one ({@code CARDVAULT_SESSION_OLD_SECRETS}, comma-separated), so a secret can
 * be rotated without logging everybody out: move the old one to the old-secrets list, and drop it
 * after 30 days. Comparison is constant-time. Without a secret the node generates one at start:
 * fine for development only, as sessions then die with the process and another node rejects them.
 * It lives beside the password hasher: both decide how credentials are made and checked.
 */
@ApplicationScoped
class HmacSessionTokens implements SessionTokenPort {

    /** HMAC-SHA256 keys shorter than its output weaken it. */
    static final int MIN_SECRET_BYTES = 32;
    private static final Logger LOG = Logger.getLogger(HmacSessionTokens.class.getName());
    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] current;
    private final List<byte[]> accepted;

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
        this.current = currentSecret.clone();
        this.accepted = Stream.concat(Stream.of(currentSecret), previousSecrets.stream()).map(byte[]::clone).toList();
    }

    /** For CDI's client proxy only. */
    protected HmacSessionTokens() {
        this.current = null;
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
    public String issue(AccountId account, Instant expiresAt) {
        String payload = VERSION + "." + account.value() + "." + expiresAt.getEpochSecond();
        return payload + "." + sign(current, payload);
    }

    @Override
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
        } catch (NumberFormatException | InvalidAccountDataException e) {
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
