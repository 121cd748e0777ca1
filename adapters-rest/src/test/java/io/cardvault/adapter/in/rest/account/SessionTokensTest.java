package io.cardvault.adapter.in.rest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.account.AccountId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTokensTest {

    private static final byte[] OLD = "an old secret of at least 32 bytes!!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "the new secret, also 32 bytes or more".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-05-06T12:00:00Z");
    private static final AccountId ACCOUNT = new AccountId(42);

    @Test
    void an_issued_token_verifies_to_its_account_until_30_days_pass() {
        SessionTokens tokens = new SessionTokens(NEW, List.of());
        String token = tokens.issue(ACCOUNT, NOW);
        assertThat(token).startsWith("v1.42." + NOW.plusSeconds(30L * 86_400).getEpochSecond() + ".");
        assertThat(tokens.verify(token, NOW)).contains(ACCOUNT);
        assertThat(tokens.verify(token, NOW.plusSeconds(30L * 86_400 - 1))).contains(ACCOUNT);
        assertThat(tokens.verify(token, NOW.plusSeconds(30L * 86_400))).isEmpty();
    }

    @Test
    void a_tampered_account_expiry_or_signature_is_rejected() {
        SessionTokens tokens = new SessionTokens(NEW, List.of());
        String token = tokens.issue(ACCOUNT, NOW);
        String[] parts = token.split("\\.");
        assertThat(tokens.verify(parts[0] + ".43." + parts[2] + "." + parts[3], NOW)).isEmpty();
        assertThat(tokens.verify(parts[0] + ".42." + (Long.parseLong(parts[2]) + 999) + "." + parts[3], NOW)).isEmpty();
        char last = parts[3].charAt(0);
        String flipped = (last == 'A' ? 'B' : 'A') + parts[3].substring(1);
        assertThat(tokens.verify(parts[0] + ".42." + parts[2] + "." + flipped, NOW)).isEmpty();
        assertThat(tokens.verify("garbage", NOW)).isEmpty();
        assertThat(tokens.verify("", NOW)).isEmpty();
        assertThat(tokens.verify(null, NOW)).isEmpty();
    }

    @Test
    void a_token_signed_with_another_secret_is_rejected() {
        String foreign = new SessionTokens(OLD, List.of()).issue(ACCOUNT, NOW);
        assertThat(new SessionTokens(NEW, List.of()).verify(foreign, NOW)).isEmpty();
    }

    @Test
    void after_rotation_tokens_under_the_old_secret_still_verify_and_new_ones_use_the_new_secret() {
        String beforeRotation = new SessionTokens(OLD, List.of()).issue(ACCOUNT, NOW);
        SessionTokens rotated = new SessionTokens(NEW, List.of(OLD));
        assertThat(rotated.verify(beforeRotation, NOW)).contains(ACCOUNT);
        String afterRotation = rotated.issue(ACCOUNT, NOW);
        assertThat(new SessionTokens(NEW, List.of()).verify(afterRotation, NOW)).contains(ACCOUNT);
        assertThat(new SessionTokens(OLD, List.of()).verify(afterRotation, NOW)).isEmpty();
    }

    @Test
    void a_short_secret_is_refused() {
        assertThatThrownBy(() -> new SessionTokens("short".getBytes(StandardCharsets.UTF_8), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
