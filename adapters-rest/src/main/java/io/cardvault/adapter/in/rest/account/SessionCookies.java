package io.cardvault.adapter.in.rest.account;

import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.domain.account.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and reads the {@code tcg_session} cookie: HttpOnly, SameSite=Lax, Secure on HTTPS,
 * Max-Age 30 days, path {@code /}. The secret comes from {@code CARDVAULT_SESSION_SECRET}
 * (≥ 32 bytes), previous secrets from {@code CARDVAULT_SESSION_OLD_SECRETS} (comma-separated).
 * Without a secret the node generates one at start: fine for development only, as sessions then
 * die with the process and another node does not accept them. It also reads the cookie for the
 * WebSocket channel, through {@link SessionTokenPort}, so the secret is known in one place only.
 */
@ApplicationScoped
public class SessionCookies implements SessionTokenPort {

    public static final String NAME = "tcg_session";
    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    private final SessionTokens tokens;
    private final Clock clock;

    @Inject
    public SessionCookies(@ConfigProperty(name = "CARDVAULT_SESSION_SECRET") Optional<String> secret,
                          @ConfigProperty(name = "CARDVAULT_SESSION_OLD_SECRETS") Optional<String> oldSecrets) {
        // MicroProfile Config reads an empty value as missing, hence Optional.
        this.tokens = new SessionTokens(currentSecret(secret.orElse("")), Arrays.stream(oldSecrets.orElse("").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
        this.clock = Clock.systemUTC();
    }

    /** For CDI's client proxy only. */
    protected SessionCookies() {
        this.tokens = null;
        this.clock = null;
    }

    private static byte[] currentSecret(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip().getBytes(StandardCharsets.UTF_8);
        }
        LOG.warning("CARDVAULT_SESSION_SECRET is not set: using a random secret for this process only "
                + "(development only; sessions end at restart and are not valid on other nodes)");
        byte[] generated = new byte[SessionTokens.MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(generated);
        return generated;
    }

    public NewCookie issue(AccountId account, boolean secure) {
        return cookie(tokens.issue(account, clock.instant()), (int) SessionTokens.LIFETIME.toSeconds(), secure);
    }

    public NewCookie clear(boolean secure) {
        return cookie("", 0, secure);
    }

    public Optional<AccountId> read(String value) {
        return tokens.verify(value, clock.instant());
    }

    @Override
    public Optional<AccountId> verify(String token) {
        return read(token);
    }

    private static NewCookie cookie(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(NAME).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
