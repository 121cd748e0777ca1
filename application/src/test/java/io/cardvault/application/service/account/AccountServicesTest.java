package io.cardvault.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.account.AccessDeniedException;
import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.ChangePasswordCommand;
import io.cardvault.application.port.in.account.WrongPasswordException;
import io.cardvault.application.port.out.account.InMemoryAccountStore;
import io.cardvault.application.port.out.account.InMemoryPasswordHasher;
import io.cardvault.application.port.out.account.InMemorySessionStandingCache;
import io.cardvault.domain.account.AccessRequirement;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.ApiKeySecret;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.SessionStanding;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountServicesTest {

    private static final Instant NOW = Instant.parse("2026-05-06T12:00:00Z");

    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final InMemoryPasswordHasher hasher = new InMemoryPasswordHasher();
    private final InMemorySessionStandingCache cache = new InMemorySessionStandingCache();
    private final AccountPolicy policy = new AccountPolicy(Duration.ofHours(24), Set.of(new Username("root-admin")));

    private Account put(String name, Tier tier) {
        Account account = accounts.add(Account.register(new Username(name), new EmailAddress(name + "@example.com"),
                hasher.hash("secret-1"), null, null, NOW));
        accounts.changeTier(account.requireId(), tier);
        return accounts.findById(account.requireId()).orElseThrow();
    }

    @Test
    void a_password_change_needs_the_current_password_stores_the_new_hash_and_ends_every_session() {
        Account alice = put("alice", Tier.FREE);
        ChangePasswordService service = new ChangePasswordService(accounts, hasher, accounts, cache);
        assertThatThrownBy(() -> service.changePassword(new ChangePasswordCommand(alice.requireId(), "wrong", "new-secret-2")))
                .isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> new ChangePasswordCommand(alice.requireId(), "secret-1", "short"))
                .isInstanceOf(InvalidAccountDataException.class);
        assertThat(accounts.standing(alice.requireId(), NOW)).as("a refused change ends nothing")
                .contains(SessionStanding.fresh());

        service.changePassword(new ChangePasswordCommand(alice.requireId(), "secret-1", "new-secret-2"));

        PasswordHash stored = accounts.findById(alice.requireId()).orElseThrow().passwordHash();
        assertThat(hasher.matches("new-secret-2", stored)).isTrue();
        assertThat(hasher.matches("secret-1", stored)).isFalse();
        assertThat(accounts.standing(alice.requireId(), NOW)).map(SessionStanding::generation).contains(1L);
        assertThat(cache.forgotten()).containsExactly(alice.requireId());
    }

    @Test
    void a_deletion_is_purged_only_after_the_grace_period_and_a_cancelled_one_never() {
        Account alice = put("alice", Tier.FREE);
        Account bob = put("bob", Tier.FREE);
        var requested = new RequestAccountDeletionService(accounts, policy, Clock.fixed(NOW, ZoneOffset.UTC))
                .requestDeletion(alice.requireId(), "DELETE alice");
        assertThat(requested.deleteAfter()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        new RequestAccountDeletionService(accounts, policy, Clock.fixed(NOW, ZoneOffset.UTC))
                .requestDeletion(bob.requireId(), "DELETE bob");
        new CancelAccountDeletionService(accounts).cancelDeletion(bob.requireId(), "DELETE bob");

        assertThat(new PurgeDeletedAccountsService(accounts, policy, cache,
                Clock.fixed(NOW.plus(Duration.ofHours(23)), ZoneOffset.UTC)).purgeDue()).isZero();
        assertThat(new PurgeDeletedAccountsService(accounts, policy, cache,
                Clock.fixed(NOW.plus(Duration.ofHours(25)), ZoneOffset.UTC)).purgeDue()).isEqualTo(1);
        assertThat(cache.forgotten()).as("the purged account's sessions end everywhere").containsExactly(alice.requireId());
        assertThat(accounts.findById(alice.requireId())).isEmpty();
        assertThat(accounts.findById(bob.requireId())).isPresent();
    }

    @Test
    void gates_use_the_key_tier_the_session_rights_and_the_configured_admins() {
        Account free = put("free-user", Tier.FREE);
        Account pro = put("pro-user", Tier.PRO);
        Account admin = put("root-admin", Tier.FREE);
        CheckAccessService gate = new CheckAccessService(accounts, policy);

        gate.requireForSession(free.requireId(), AccessRequirement.STARTER_PLUS);
        assertThatThrownBy(() -> gate.requireForSession(free.requireId(), AccessRequirement.PRO_PLUS))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Pro");
        gate.requireForKey(new ApiCaller(pro.requireId(), new ApiKeyId(1), Tier.PRO, Tier.PRO), AccessRequirement.PRO_PLUS);
        assertThatThrownBy(() -> gate.requireForKey(new ApiCaller(pro.requireId(), new ApiKeyId(2), Tier.FREE, Tier.PRO),
                AccessRequirement.STARTER_PLUS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gate.requireForSession(pro.requireId(), AccessRequirement.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        gate.requireForSession(admin.requireId(), AccessRequirement.ADMIN);
        gate.requireForKey(new ApiCaller(admin.requireId(), new ApiKeyId(3), Tier.FREE, Tier.FREE), AccessRequirement.PRO_PLUS);
        assertThat(new GetAccountService(accounts, policy).account(admin.requireId()).orElseThrow().admin()).isTrue();
    }

    @Test
    void key_uses_are_tallied_in_memory_listed_at_once_and_flushed_in_one_batch() {
        Account alice = put("alice", Tier.FREE);
        ApiKey stored = accounts.add(ApiKey.issue(alice, "k", ApiKeySecret.generate(new SecureRandom()), null, null, NOW));
        ApiKeyUseTallies tallies = new ApiKeyUseTallies();
        RecordApiKeyUseService record = new RecordApiKeyUseService(tallies, Clock.fixed(NOW, ZoneOffset.UTC));
        ApiCaller caller = new ApiCaller(alice.requireId(), stored.requireId(), Tier.FREE, Tier.FREE);
        for (int i = 0; i < 5; i++) {
            record.recordUse(caller);
        }
        ApiKey listed = new ListApiKeysService(accounts, tallies).keys(alice.requireId()).get(0);
        assertThat(listed.callsToday(NOW)).isEqualTo(5);
        assertThat(listed.lastUsedAt()).contains(NOW);
        assertThat(accounts.findById(stored.requireId()).orElseThrow().callsToday(NOW)).as("not written yet").isZero();

        assertThat(new FlushApiKeyUsageService(tallies, accounts).flush()).isEqualTo(1);
        ApiKey written = accounts.findById(stored.requireId()).orElseThrow();
        assertThat(written.callsToday(NOW)).isEqualTo(5);
        assertThat(written.lastUsedAt()).contains(NOW);
        assertThat(new FlushApiKeyUsageService(tallies, accounts).flush()).isZero();
        assertThat(new ListApiKeysService(accounts, tallies).keys(alice.requireId()).get(0).callsToday(NOW))
                .as("a flushed use is counted once").isEqualTo(5);
    }
}
