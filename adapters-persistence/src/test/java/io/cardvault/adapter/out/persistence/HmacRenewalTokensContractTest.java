package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.ListingRenewalTokenPort;
import io.cardvault.application.port.out.account.SessionClaims;
import io.cardvault.application.port.out.renewal.ListingRenewalTokenPortContract;
import io.cardvault.application.port.out.renewal.RenewalClaim;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.ListingId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renewal links signed with the session keys: the port's contract, and no confusion with sessions or other keys. */
class HmacRenewalTokensContractTest extends ListingRenewalTokenPortContract {

    private static final byte[] SECRET = "a secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
    private final HmacSessionTokens tokens = new HmacSessionTokens(SECRET, List.of());

    @Override
    protected ListingRenewalTokenPort tokens() {
        return tokens;
    }

    @Test
    void a_renewal_token_is_no_session_and_a_session_is_no_renewal_token() {
        Instant now = Instant.parse("2026-06-01T08:00:00Z");
        String renewal = tokens.issueRenewalToken(new RenewalClaim(new ListingId(5), 0, now.plusSeconds(600)));
        String session = tokens.issue(new SessionClaims(new AccountId(5), 0, "abcdefghijklmnopqrstuv", now.plusSeconds(600)));

        assertThat(tokens.verifyRenewalToken(renewal, now)).isPresent();
        assertThat(tokens.verify(renewal, now)).isEmpty();
        assertThat(tokens.verifyRenewalToken(session, now)).isEmpty();
    }

    @Test
    void a_token_signed_under_another_secret_does_not_verify_and_a_rotated_one_still_does() {
        Instant now = Instant.parse("2026-06-01T08:00:00Z");
        byte[] next = "another secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
        String underOld = tokens.issueRenewalToken(new RenewalClaim(new ListingId(5), 0, now.plusSeconds(600)));

        assertThat(new HmacSessionTokens(next, List.of()).verifyRenewalToken(underOld, now)).isEmpty();
        assertThat(new HmacSessionTokens(next, List.of(SECRET)).verifyRenewalToken(underOld, now)).isPresent();
    }
}
