package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.account.AccountId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HmacSessionTokensTest {

    private static final byte[] OLD = "an old secret of at least 32 bytes!!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "the new secret, also 32 bytes or more".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-05-06T12:00:00Z");
    private static final AccountId ACCOUNT = new AccountId(42);
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);

    @Test
    void an_issued_token_verifies_to_its_account_until_it_expires() {
        HmacSessionTokens tokens = new HmacSessionTokens(NEW, List.of());
        String token = tokens.issue(ACCOUNT, NOW.plus(THIRTY_DAYS));
        assertThat(token).startsWith("v1.42." + NOW.plusSeconds(30L * 86_400).getEpochSecond() + ".");
        assertThat(tokens.verify(token, NOW)).contains(ACCOUNT);
        assertThat(tokens.verify(token, NOW.plusSeconds(30L * 86_400 - 1))).contains(ACCOUNT);
        assertThat(tokens.verify(token, NOW.plusSeconds(30L * 86_400))).isEmpty();
    }

    @Test
    void a_tampered_account_expiry_or_signature_is_rejected() {
        HmacSessionTokens tokens = new HmacSessionTokens(NEW, List.of());
        String token = tokens.issue(ACCOUNT, NOW.plus(THIRTY_DAYS));
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
        String foreign = new HmacSessionTokens(OLD, List.of()).issue(ACCOUNT, NOW.plus(THIRTY_DAYS));
        assertThat(new HmacSessionTokens(NEW, List.of()).verify(foreign, NOW)).isEmpty();
    }

    @Test
    void after_rotation_tokens_under_the_old_secret_still_verify_and_new_ones_use_the_new_secret() {
        String beforeRotation = new HmacSessionTokens(OLD, List.of()).issue(ACCOUNT, NOW.plus(THIRTY_DAYS));
        HmacSessionTokens rotated = new HmacSessionTokens(NEW, List.of(OLD));
        assertThat(rotated.verify(beforeRotation, NOW)).contains(ACCOUNT);
        String afterRotation = rotated.issue(ACCOUNT, NOW.plus(THIRTY_DAYS));
        assertThat(new HmacSessionTokens(NEW, List.of()).verify(afterRotation, NOW)).contains(ACCOUNT);
        assertThat(new HmacSessionTokens(OLD, List.of()).verify(afterRotation, NOW)).isEmpty();
    }

    @Test
    void a_short_secret_is_refused() {
        assertThatThrownBy(() -> new HmacSessionTokens("short".getBytes(StandardCharsets.UTF_8), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
