package io.cardvault.application.port.out.account;

import static io.cardvault.application.port.out.account.AccountFixtures.NOW;
import static io.cardvault.application.port.out.account.AccountFixtures.newAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.port.out.ChangeAccountTierPort;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.ApiKeySecret;
import io.cardvault.domain.account.KeyUsage;
import io.cardvault.domain.account.Tier;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of {@link ApiKeyStorePort}; keys belong to accounts of the same store. */
public abstract class ApiKeyStorePortContract {

    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract AccountStorePort accounts();

    protected abstract ApiKeyStorePort keys();

    /** To give an owner room for more than one key. */
    protected abstract ChangeAccountTierPort tiers();

    private Account owner(String stem, Tier tier) {
        Account owner = accounts().add(newAccount(stem));
        tiers().changeTier(owner.requireId(), tier);
        return accounts().findById(owner.requireId()).orElseThrow();
    }

    private ApiKey issue(Account owner, String name, ApiKeySecret secret) {
        return keys().add(ApiKey.issue(owner, name, secret, null, NOW.plus(30, ChronoUnit.DAYS), NOW));
    }

    @Test
    void an_added_key_reads_back_by_id_and_by_the_hash_of_its_secret_only() {
        Account carol = owner("carol", Tier.FREE);
        ApiKeySecret secret = ApiKeySecret.generate(RANDOM);

        ApiKey stored = issue(carol, "production", secret);

        ApiKey byHash = keys().findByHash(secret.hash()).orElseThrow();
        assertThat(byHash.requireId()).isEqualTo(stored.requireId());
        assertThat(byHash.owner()).isEqualTo(carol.requireId());
        assertThat(byHash.name()).isEqualTo("production");
        assertThat(byHash.prefix()).isEqualTo(secret.prefix());
        assertThat(byHash.tier()).isEqualTo(Tier.FREE);
        assertThat(byHash.active()).isTrue();
        assertThat(byHash.createdAt()).isEqualTo(NOW);
        assertThat(byHash.expiresAt()).contains(NOW.plus(30, ChronoUnit.DAYS));
        assertThat(byHash.lastUsedAt()).isEmpty();
        assertThat(byHash.callsToday(NOW)).isZero();
        assertThat(keys().findById(stored.requireId())).map(ApiKey::hash).contains(secret.hash());
        assertThat(keys().findByHash(ApiKeySecret.generate(RANDOM).hash())).isEmpty();
        assertThat(keys().findById(new ApiKeyId(Long.MAX_VALUE / 2))).isEmpty();
    }

    @Test
    void an_owner_lists_and_counts_only_its_own_keys_oldest_first() {
        Account dave = owner("dave", Tier.STARTER);
        Account other = owner("other", Tier.FREE);
        ApiKey first = issue(dave, "first", ApiKeySecret.generate(RANDOM));
        ApiKey second = issue(dave, "second", ApiKeySecret.generate(RANDOM));
        issue(other, "theirs", ApiKeySecret.generate(RANDOM));

        assertThat(keys().findByOwner(dave.requireId())).map(ApiKey::requireId)
                .containsExactly(first.requireId(), second.requireId());
        assertThat(keys().lockOwnerAndCount(dave.requireId())).isEqualTo(2);
        assertThat(keys().lockOwnerAndCount(other.requireId())).isEqualTo(1);
    }

    @Test
    void an_update_writes_name_and_active_state_and_a_deleted_key_is_gone() {
        Account erin = owner("erin", Tier.FREE);
        ApiKeySecret secret = ApiKeySecret.generate(RANDOM);
        ApiKey key = issue(erin, "old name", secret);

        keys().update(key.rename("renamed").deactivate());
        ApiKey updated = keys().findById(key.requireId()).orElseThrow();
        assertThat(updated.name()).isEqualTo("renamed");
        assertThat(updated.active()).isFalse();
        keys().update(updated.activate());
        assertThat(keys().findById(key.requireId()).orElseThrow().active()).isTrue();

        keys().delete(key.requireId());
        assertThat(keys().findById(key.requireId())).isEmpty();
        assertThat(keys().findByHash(secret.hash())).isEmpty();
        assertThat(keys().lockOwnerAndCount(erin.requireId())).isZero();
    }

    @Test
    void usage_tallies_add_within_a_day_roll_over_to_a_later_one_and_keep_the_latest_use() {
        Account frank = owner("frank", Tier.FREE);
        ApiKey key = issue(frank, "k", ApiKeySecret.generate(RANDOM));
        LocalDate today = KeyUsage.dayOf(NOW);

        keys().recordUsage(List.of(new KeyUseTally(key.requireId(), today, 3, NOW)));
        keys().recordUsage(List.of(new KeyUseTally(key.requireId(), today, 4, NOW.minusSeconds(5))));
        ApiKey read = keys().findById(key.requireId()).orElseThrow();
        assertThat(read.callsToday(NOW)).isEqualTo(7);
        assertThat(read.lastUsedAt()).contains(NOW);

        keys().recordUsage(List.of(new KeyUseTally(key.requireId(), today.plusDays(1), 2, NOW.plus(1, ChronoUnit.DAYS))));
        keys().recordUsage(List.of(new KeyUseTally(key.requireId(), today, 9, NOW)));
        ApiKey nextDay = keys().findById(key.requireId()).orElseThrow();
        assertThat(nextDay.callsToday(NOW.plus(1, ChronoUnit.DAYS))).as("a late tally of an earlier day does not count")
                .isEqualTo(2);
        assertThat(nextDay.callsToday(NOW)).isZero();
        assertThat(nextDay.lastUsedAt()).contains(NOW.plus(1, ChronoUnit.DAYS));
    }

    @Test
    void one_flush_writes_the_tallies_of_several_keys_and_skips_a_revoked_one() {
        Account gina = owner("gina", Tier.STARTER);
        ApiKey first = issue(gina, "first", ApiKeySecret.generate(RANDOM));
        ApiKey second = issue(gina, "second", ApiKeySecret.generate(RANDOM));
        ApiKey revoked = issue(gina, "revoked", ApiKeySecret.generate(RANDOM));
        keys().delete(revoked.requireId());
        LocalDate today = KeyUsage.dayOf(NOW);

        keys().recordUsage(List.of(new KeyUseTally(second.requireId(), today, 5, NOW),
                new KeyUseTally(revoked.requireId(), today, 1, NOW),
                new KeyUseTally(first.requireId(), today, 2, NOW.minusSeconds(1))));

        assertThat(keys().findById(first.requireId()).orElseThrow().callsToday(NOW)).isEqualTo(2);
        assertThat(keys().findById(second.requireId()).orElseThrow().callsToday(NOW)).isEqualTo(5);
        assertThat(keys().findById(revoked.requireId())).isEmpty();
    }

    @Test
    void deleting_the_owner_removes_its_keys() {
        Account henry = owner("henry", Tier.FREE);
        ApiKeySecret secret = ApiKeySecret.generate(RANDOM);
        ApiKey key = issue(henry, "k", secret);

        accounts().delete(henry.requireId());

        assertThat(keys().findById(key.requireId())).isEmpty();
        assertThat(keys().findByHash(secret.hash())).isEmpty();
    }
}
