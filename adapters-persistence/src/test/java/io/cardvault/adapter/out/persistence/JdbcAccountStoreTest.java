package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.out.account.KeyUseTally;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiKeySecret;
import io.cardvault.domain.account.DuplicateAccountException;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.KeyUsage;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.SessionStanding;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcAccountStoreTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static JdbcAccountStore store;
    private static DataSource dataSource;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("accounts");
        store = new JdbcAccountStore(dataSource);
    }

    private static Account newAccount(String name) {
        return Account.register(new Username(name), new EmailAddress(name + "@example.com"),
                new PasswordHash("$2a$04$abcdefghijklmnopqrstuv"), "Name " + name, "de", NOW);
    }

    @Test
    void an_added_account_reads_back_by_id_username_and_email() {
        Account stored = store.add(newAccount("alice"));
        AccountId id = stored.requireId();
        Account byId = store.findById(id).orElseThrow();
        assertThat(byId.username().value()).isEqualTo("alice");
        assertThat(byId.email().value()).isEqualTo("alice@example.com");
        assertThat(byId.tier()).isEqualTo(Tier.FREE);
        assertThat(byId.country()).contains("DE");
        assertThat(byId.createdAt()).isEqualTo(NOW);
        assertThat(store.findByUsername(new Username("ALICE"))).map(a -> a.requireId()).contains(id);
        assertThat(store.findByEmail(new EmailAddress("Alice@Example.com"))).map(a -> a.requireId()).contains(id);
        assertThat(store.findByUsername(new Username("nobody"))).isEmpty();
    }

    @Test
    void the_unique_keys_reject_a_second_account_with_the_same_username_or_email() {
        store.add(newAccount("bob"));
        assertThatThrownBy(() -> store.add(newAccount("bob"))).isInstanceOf(DuplicateAccountException.class)
                .hasMessage("username already taken");
        Account sameEmail = Account.register(new Username("bobby"), new EmailAddress("bob@example.com"),
                new PasswordHash("$2a$04$x"), null, null, NOW);
        assertThatThrownBy(() -> store.add(sameEmail)).isInstanceOf(DuplicateAccountException.class)
                .hasMessage("email already registered");
    }

    @Test
    void keys_are_found_by_hash_listed_by_owner_updated_and_deleted() {
        Account owner = store.add(newAccount("carol"));
        ApiKeySecret secret = ApiKeySecret.generate(new SecureRandom());
        ApiKey key = store.add(ApiKey.issue(owner, "production", secret, null, NOW.plusSeconds(3600), NOW));
        assertThat(store.findByHash(secret.hash())).map(k -> k.requireId()).contains(key.requireId());
        assertThat(store.findByHash(ApiKeySecret.generate(new SecureRandom()).hash())).isEmpty();
        assertThat(store.lockOwnerAndCount(owner.requireId())).isEqualTo(1);
        ApiKey listed = store.findByOwner(owner.requireId()).get(0);
        assertThat(listed.prefix()).isEqualTo(secret.prefix());
        assertThat(listed.expiresAt()).contains(NOW.plusSeconds(3600));

        store.update(key.rename("renamed").deactivate());
        ApiKey updated = store.findById(key.requireId()).orElseThrow();
        assertThat(updated.name()).isEqualTo("renamed");
        assertThat(updated.active()).isFalse();

        store.delete(key.requireId());
        assertThat(store.findById(key.requireId())).isEmpty();
        assertThat(store.lockOwnerAndCount(owner.requireId())).isZero();
    }

    @Test
    void usage_tallies_add_within_a_day_roll_over_to_a_later_one_and_keep_the_latest_use() {
        Account owner = store.add(newAccount("dave"));
        ApiKey key = store.add(ApiKey.issue(owner, "k", ApiKeySecret.generate(new SecureRandom()), null, null, NOW));
        LocalDate today = KeyUsage.dayOf(NOW);
        store.recordUsage(List.of(new KeyUseTally(key.requireId(), today, 3, NOW)));
        store.recordUsage(List.of(new KeyUseTally(key.requireId(), today, 4, NOW.minusSeconds(5))));
        ApiKey read = store.findById(key.requireId()).orElseThrow();
        assertThat(read.callsToday(NOW)).isEqualTo(7);
        assertThat(read.lastUsedAt()).contains(NOW);

        store.recordUsage(List.of(new KeyUseTally(key.requireId(), today.plusDays(1), 2, NOW.plus(1, ChronoUnit.DAYS))));
        store.recordUsage(List.of(new KeyUseTally(key.requireId(), today, 9, NOW)));
        ApiKey nextDay = store.findById(key.requireId()).orElseThrow();
        assertThat(nextDay.callsToday(NOW.plus(1, ChronoUnit.DAYS))).isEqualTo(2);
        assertThat(nextDay.callsToday(NOW)).isZero();
    }

    @Test
    void a_flagged_account_is_listed_when_due_and_deleting_it_removes_its_keys() {
        Account owner = store.add(newAccount("erin"));
        ApiKey key = store.add(ApiKey.issue(owner, "k", ApiKeySecret.generate(new SecureRandom()), null, null, NOW));
        store.update(owner.requestDeletion("DELETE erin", NOW).changePassword(new PasswordHash("$2a$04$changed")));
        Account flagged = store.findById(owner.requireId()).orElseThrow();
        assertThat(flagged.deletionRequestedAt()).contains(NOW);
        assertThat(flagged.passwordHash().value()).isEqualTo("$2a$04$changed");
        assertThat(store.findDeletionsRequestedBefore(NOW, 10)).doesNotContain(owner.requireId());
        assertThat(store.findDeletionsRequestedBefore(NOW.plusSeconds(1), 10)).contains(owner.requireId());

        store.delete(owner.requireId());
        assertThat(store.findById(owner.requireId())).isEmpty();
        assertThat(store.findById(key.requireId())).isEmpty();
    }

    @Test
    void sessions_ended_singly_are_listed_until_they_expire_and_ending_all_moves_the_generation_on() {
        Account owner = store.add(newAccount("frank"));
        AccountId id = owner.requireId();
        assertThat(store.standing(id, NOW)).contains(SessionStanding.fresh());

        store.endSession(id, "s".repeat(22), NOW.plusSeconds(60), NOW);
        store.endSession(id, "t".repeat(22), NOW.plusSeconds(5), NOW);
        store.endSession(id, "t".repeat(22), NOW.plusSeconds(5), NOW);
        assertThat(store.standing(id, NOW)).contains(new SessionStanding(0, Set.of("s".repeat(22), "t".repeat(22))));
        assertThat(store.standing(id, NOW.plusSeconds(10))).as("an expired entry no longer counts")
                .contains(new SessionStanding(0, Set.of("s".repeat(22))));

        store.endSession(id, "u".repeat(22), NOW.plusSeconds(60), NOW.plusSeconds(10));
        assertThat(sessionRows(id)).as("expired entries are pruned at the next logout").isEqualTo(2);

        store.endAllSessions(id);
        assertThat(store.standing(id, NOW)).contains(new SessionStanding(1, Set.of()));
        assertThat(store.standing(new AccountId(999_999), NOW)).isEmpty();

        store.endSession(id, "v".repeat(22), NOW.plusSeconds(60), NOW);
        store.delete(id);
        assertThat(sessionRows(id)).as("removed with the account").isZero();
    }

    private static int sessionRows(AccountId id) {
        try {
            return Integer.parseInt(TestDatabase.queryText(dataSource,
                    "SELECT COUNT(*) FROM ended_session WHERE account_id = " + id.value()));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
