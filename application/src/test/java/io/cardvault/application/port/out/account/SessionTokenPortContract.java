package io.cardvault.application.port.out.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Contract of {@link SessionTokenPort}: tokens say what they were issued with, until they expire, and nothing once changed. */
public abstract class SessionTokenPortContract {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final SessionClaims CLAIMS =
            new SessionClaims(new AccountId(42), 3, "AbCdEfGhIjKlMnOpQrStUv", NOW.plusSeconds(3600));

    protected abstract SessionTokenPort tokens();

    @Test
    void an_issued_token_verifies_to_its_claims_until_it_expires() {
        String token = tokens().issue(CLAIMS);

        assertThat(tokens().verify(token, NOW)).contains(CLAIMS);
        assertThat(tokens().verify(token, NOW.plusSeconds(3599))).contains(CLAIMS);
        assertThat(tokens().verify(token, NOW.plusSeconds(3600))).isEmpty();
    }

    @Test
    void a_changed_token_does_not_verify() {
        String token = tokens().issue(CLAIMS);
        String otherAccount = token.replaceFirst("42", "43");
        char last = token.charAt(token.length() - 1);
        String otherSignature = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(otherAccount).isNotEqualTo(token);
        assertThat(tokens().verify(otherAccount, NOW)).isEmpty();
        assertThat(tokens().verify(otherSignature, NOW)).isEmpty();
    }

    @Test
    void garbage_and_missing_tokens_do_not_verify() {
        assertThat(tokens().verify(null, NOW)).isEmpty();
        assertThat(tokens().verify("", NOW)).isEmpty();
        assertThat(tokens().verify("not-a-token", NOW)).isEmpty();
    }
}
