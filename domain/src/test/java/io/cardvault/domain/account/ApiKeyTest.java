package io.cardvault.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-05-06T12:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static Account account(Tier tier) {
        return Account.reconstitute(new AccountId(7), new Username("owner"), new EmailAddress("o@example.com"),
                new PasswordHash("$2a$10$x"), tier, null, null, false, false, NOW, null);
    }

    @Test
    void generated_secrets_start_with_csm_and_carry_43_url_safe_characters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ApiKeySecret secret = ApiKeySecret.generate(RANDOM);
            assertThat(secret.value()).startsWith("csm_").hasSize(47).matches("csm_[A-Za-z0-9_-]+");
            assertThat(secret.prefix()).hasSize(12).isEqualTo(secret.value().substring(0, 12));
            seen.add(secret.value());
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void the_hash_is_sha256_hex_stable_and_different_per_key() {
        ApiKeySecret known = new ApiKeySecret("csm_" + "a".repeat(43));
        // sha256("csm_" + 43 × 'a'), computed independently with sha256sum
        assertThat(known.hash().hex()).isEqualTo("ffbe5cba1e625284dda6d1914af7cdafbc9a50d61f6437941918abbb8793bdb6");
        assertThat(ApiKeySecret.generate(RANDOM).hash()).isNotEqualTo(known.hash());
        assertThat(known.toString()).doesNotContain(known.value());
    }

    @Test
    void text_that_is_not_a_key_is_rejected() {
        assertThat(ApiKeySecret.looksLikeKey("csm_short")).isFalse();
        assertThat(ApiKeySecret.looksLikeKey("xyz_" + "a".repeat(43))).isFalse();
        assertThat(ApiKeySecret.looksLikeKey(null)).isFalse();
        assertThatThrownBy(() -> new ApiKeySecret("csm_'; drop table")).isInstanceOf(InvalidAccountDataException.class);
    }

    @Test
    void a_key_defaults_to_its_account_tier_and_may_not_exceed_it() {
        ApiKeySecret secret = ApiKeySecret.generate(RANDOM);
        ApiKey key = ApiKey.issue(account(Tier.PRO), "production", secret, null, null, NOW);
        assertThat(key.tier()).isEqualTo(Tier.PRO);
        assertThat(key.prefix()).isEqualTo(secret.prefix());
        assertThat(key.hash()).isEqualTo(secret.hash());
        assertThat(ApiKey.issue(account(Tier.PRO), "low", secret, Tier.FREE, null, NOW).tier()).isEqualTo(Tier.FREE);
        assertThatThrownBy(() -> ApiKey.issue(account(Tier.FREE), "x", secret, Tier.PRO, null, NOW))
                .isInstanceOf(InvalidAccountDataException.class);
        assertThatThrownBy(() -> ApiKey.issue(account(Tier.FREE), " ", secret, null, null, NOW))
                .isInstanceOf(InvalidAccountDataException.class);
    }

    @Test
    void only_active_unexpired_keys_are_usable() {
        ApiKey key = ApiKey.issue(account(Tier.FREE), "k", ApiKeySecret.generate(RANDOM), null,
                NOW.plusSeconds(60), NOW);
        assertThat(key.usableAt(NOW)).isTrue();
        assertThat(key.usableAt(NOW.plusSeconds(60))).isFalse();
        assertThat(key.deactivate().usableAt(NOW)).isFalse();
        assertThat(key.deactivate().activate().usableAt(NOW)).isTrue();
        assertThatThrownBy(() -> ApiKey.issue(account(Tier.FREE), "k", ApiKeySecret.generate(RANDOM), null, NOW, NOW))
                .isInstanceOf(InvalidAccountDataException.class);
    }
}
