package io.cardvault.application.port.out.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.ListingRenewalTokenPort;
import io.cardvault.domain.marketplace.ListingId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Contract of {@link ListingRenewalTokenPort}: the fake and the HMAC adapter alike. */
public abstract class ListingRenewalTokenPortContract {

    private static final Instant MAILED = Instant.parse("2026-06-01T08:00:00Z");
    private static final RenewalClaim CLAIM = new RenewalClaim(new ListingId(901), 2, MAILED.plus(Duration.ofDays(7)));

    protected abstract ListingRenewalTokenPort tokens();

    @Test
    void a_token_says_what_it_was_issued_with_until_it_expires() {
        String token = tokens().issueRenewalToken(CLAIM);

        assertThat(tokens().verifyRenewalToken(token, MAILED)).contains(CLAIM);
        assertThat(tokens().verifyRenewalToken(token, MAILED.plus(Duration.ofDays(7)).minusSeconds(1))).contains(CLAIM);
        assertThat(tokens().verifyRenewalToken(token, MAILED.plus(Duration.ofDays(7)))).isEmpty();
    }

    @Test
    void a_token_is_safe_in_a_url_path() {
        assertThat(tokens().issueRenewalToken(CLAIM)).matches("[A-Za-z0-9._~-]+");
    }

    @Test
    void a_changed_token_does_not_verify() {
        String token = tokens().issueRenewalToken(CLAIM);
        String otherListing = token.replaceFirst("901", "902");

        assertThat(tokens().verifyRenewalToken(otherListing, MAILED)).isEmpty();
        assertThat(tokens().verifyRenewalToken(token.substring(0, token.length() - 1), MAILED)).isEmpty();
        assertThat(tokens().verifyRenewalToken("", MAILED)).isEmpty();
        assertThat(tokens().verifyRenewalToken(null, MAILED)).isEmpty();
    }
}
