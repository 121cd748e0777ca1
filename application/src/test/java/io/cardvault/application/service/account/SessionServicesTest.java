package io.cardvault.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.account.SessionToken;
import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.domain.account.AccountId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    /** Tokens that spell out account and expiry; enough to see what the services pass. */
    private static final class PlainTokens implements SessionTokenPort {
        @Override
        public String issue(AccountId account, Instant expiresAt) {
            return account.value() + ":" + expiresAt.getEpochSecond();
        }

        @Override
        public Optional<AccountId> verify(String token, Instant now) {
            String[] parts = token.split(":");
            return parts.length == 2 && now.getEpochSecond() < Long.parseLong(parts[1])
                    ? Optional.of(new AccountId(Long.parseLong(parts[0]))) : Optional.empty();
        }
    }

    @Test
    void a_started_session_lasts_30_days_and_resolves_to_its_account_until_then() {
        PlainTokens tokens = new PlainTokens();
        SessionToken token = new StartSessionService(tokens, Clock.fixed(NOW, ZoneOffset.UTC)).start(new AccountId(7));

        assertThat(token.lifetime()).isEqualTo(Duration.ofDays(30));
        assertThat(token.value()).isEqualTo("7:" + NOW.plus(Duration.ofDays(30)).getEpochSecond());
        assertThat(new ResolveSessionService(tokens, Clock.fixed(NOW.plus(Duration.ofDays(29)), ZoneOffset.UTC))
                .resolve(token.value())).contains(new AccountId(7));
        assertThat(new ResolveSessionService(tokens, Clock.fixed(NOW.plus(Duration.ofDays(30)), ZoneOffset.UTC))
                .resolve(token.value())).isEmpty();
    }

    @Test
    void a_missing_or_blank_token_is_no_session() {
        ResolveSessionService resolve = new ResolveSessionService(new PlainTokens(), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(resolve.resolve(null)).isEmpty();
        assertThat(resolve.resolve(" ")).isEmpty();
    }
}
