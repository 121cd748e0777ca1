package io.cardvault.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.account.AccessDeniedException;
import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.ChangePasswordCommand;
import io.cardvault.application.port.in.account.WrongPasswordException;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.port.out.PasswordHasherPort;
import io.cardvault.application.port.out.SessionStandingCachePort;
import io.cardvault.application.port.out.SessionStandingStorePort;
import io.cardvault.application.port.out.account.KeyUseTally;
import io.cardvault.domain.account.AccessRequirement;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiKeyHash;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.SessionStanding;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AccountServicesTest {

    private static final Instant NOW = Instant.parse("2026-05-06T12:00:00Z");

    /** An in-memory account store: enough of the port for these services. */
    private static final class Accounts implements AccountStorePort {
        final Map<AccountId, Account> rows = new LinkedHashMap<>();

        Account put(String name, Tier tier) {
            AccountId id = new AccountId(rows.size() + 1L);
            Account account = Account.reconstitute(id, new Username(name), new EmailAddress(name + "@example.com"),
                    new PasswordHash("hash:secret-1"), tier, null, null, false, false, NOW, null);
            rows.put(id, account);
            return account;
        }

        @Override public Account add(Account account) { throw new UnsupportedOperationException(); }
        @Override public Optional<Account> findById(AccountId id) { return Optional.ofNullable(rows.get(id)); }
        @Override public Optional<Account> findByUsername(Username u) {
            return rows.values().stream().filter(a -> a.username().equals(u)).findFirst(); }
        @Override public Optional<Account> findByEmail(EmailAddress e) { return Optional.empty(); }
        @Override public void update(Account account) { rows.put(account.requireId(), account); }
        @Override public List<AccountId> findDeletionsRequestedBefore(Instant before, int limit) {
            return rows.values().stream().filter(a -> a.deletionRequestedAt().filter(t -> t.isBefore(before)).isPresent())
                    .map(Account::requireId).limit(limit).toList(); }
        @Override public void delete(AccountId id) { rows.remove(id); }
    }

    /** A session cache that only lists what it was told to forget. */
    private record ForgettingCache(List<AccountId> forgotten) implements SessionStandingCachePort {
        @Override
        public Optional<SessionStanding> standing(AccountId account, Function<AccountId, Optional<SessionStanding>> load) {
            return load.apply(account);
        }

        @Override
        public void forget(AccountId account) {
            forgotten.add(account);
        }
    }

    private static final PasswordHasherPort HASHER = new PasswordHasherPort() {
        @Override public PasswordHash hash(String password) { return new PasswordHash("hash:" + password); }
        @Override public boolean matches(String password, PasswordHash hash) { return hash.value().equals("hash:" + password); }
    };

    private final Accounts accounts = new Accounts();
    private final AccountPolicy policy = new AccountPolicy(Duration.ofHours(24), Set.of(new Username("root-admin")));

    @Test
    void a_password_change_needs_the_current_password_and_stores_the_new_hash() {
        Account alice = accounts.put("alice", Tier.FREE);
        List<AccountId> sessionsEnded = new ArrayList<>();
        List<AccountId> forgotten = new ArrayList<>();
        ChangePasswordService service = new ChangePasswordService(accounts, HASHER, new SessionStandingStorePort() {
            @Override public Optional<SessionStanding> standing(AccountId account, Instant now) { return Optional.empty(); }
            @Override public void endSession(AccountId account, String id, Instant expiresAt, Instant now) { }
            @Override public void endAllSessions(AccountId account) { sessionsEnded.add(account); }
        }, new ForgettingCache(forgotten));
        assertThatThrownBy(() -> service.changePassword(new ChangePasswordCommand(alice.requireId(), "wrong", "new-secret-2")))
                .isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> new ChangePasswordCommand(alice.requireId(), "secret-1", "short"))
                .isInstanceOf(InvalidAccountDataException.class);
        assertThat(sessionsEnded).as("a refused change ends nothing").isEmpty();
        service.changePassword(new ChangePasswordCommand(alice.requireId(), "secret-1", "new-secret-2"));
        assertThat(accounts.rows.get(alice.requireId()).passwordHash().value()).isEqualTo("hash:new-secret-2");
        assertThat(sessionsEnded).containsExactly(alice.requireId());
        assertThat(forgotten).containsExactly(alice.requireId());
    }

    @Test
    void a_deletion_is_purged_only_after_the_grace_period_and_a_cancelled_one_never() {
        Account alice = accounts.put("alice", Tier.FREE);
        Account bob = accounts.put("bob", Tier.FREE);
        var requested = new RequestAccountDeletionService(accounts, policy, Clock.fixed(NOW, ZoneOffset.UTC))
                .requestDeletion(alice.requireId(), "DELETE alice");
        assertThat(requested.deleteAfter()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        new RequestAccountDeletionService(accounts, policy, Clock.fixed(NOW, ZoneOffset.UTC))
                .requestDeletion(bob.requireId(), "DELETE bob");
        new CancelAccountDeletionService(accounts).cancelDeletion(bob.requireId(), "DELETE bob");

        List<AccountId> forgotten = new ArrayList<>();
        assertThat(new PurgeDeletedAccountsService(accounts, policy, new ForgettingCache(forgotten),
                Clock.fixed(NOW.plus(Duration.ofHours(23)), ZoneOffset.UTC)).purgeDue()).isZero();
        assertThat(new PurgeDeletedAccountsService(accounts, policy, new ForgettingCache(forgotten),
                Clock.fixed(NOW.plus(Duration.ofHours(25)), ZoneOffset.UTC)).purgeDue()).isEqualTo(1);
        assertThat(forgotten).as("the purged account's sessions end everywhere").containsExactly(alice.requireId());
        assertThat(accounts.rows).containsOnlyKeys(bob.requireId());
    }

    @Test
    void gates_use_the_key_tier_the_session_rights_and_the_configured_admins() {
        Account free = accounts.put("free-user", Tier.FREE);
        Account pro = accounts.put("pro-user", Tier.PRO);
        Account admin = accounts.put("root-admin", Tier.FREE);
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
        Account alice = accounts.put("alice", Tier.FREE);
        ApiKey stored = ApiKey.reconstitute(new ApiKeyId(4), alice.requireId(), "k", "csm_abcdefgh",
                new ApiKeyHash("ab".repeat(32)), Tier.FREE, true, NOW, null, null,
                io.cardvault.domain.account.KeyUsage.NONE);
        List<Collection<KeyUseTally>> written = new ArrayList<>();
        ApiKeyStorePort keys = new ApiKeyStorePort() {
            @Override public ApiKey add(ApiKey key) { return key; }
            @Override public List<ApiKey> findByOwner(AccountId owner) { return List.of(stored); }
            @Override public int lockOwnerAndCount(AccountId owner) { return 1; }
            @Override public Optional<ApiKey> findById(ApiKeyId id) { return Optional.of(stored); }
            @Override public Optional<ApiKey> findByHash(ApiKeyHash hash) { return Optional.of(stored); }
            @Override public void update(ApiKey key) { }
            @Override public void delete(ApiKeyId id) { }
            @Override public void recordUsage(Collection<KeyUseTally> uses) { written.add(List.copyOf(uses)); }
        };
        ApiKeyUseTallies tallies = new ApiKeyUseTallies();
        RecordApiKeyUseService record = new RecordApiKeyUseService(tallies, Clock.fixed(NOW, ZoneOffset.UTC));
        ApiCaller caller = new ApiCaller(alice.requireId(), new ApiKeyId(4), Tier.FREE, Tier.FREE);
        for (int i = 0; i < 5; i++) {
            record.recordUse(caller);
        }
        ApiKey listed = new ListApiKeysService(keys, tallies).keys(alice.requireId()).get(0);
        assertThat(listed.callsToday(NOW)).isEqualTo(5);
        assertThat(listed.lastUsedAt()).contains(NOW);

        assertThat(new FlushApiKeyUsageService(tallies, keys).flush()).isEqualTo(1);
        assertThat(written).containsExactly(List.of(new KeyUseTally(new ApiKeyId(4), NOW.atZone(ZoneOffset.UTC).toLocalDate(), 5, NOW)));
        assertThat(new FlushApiKeyUsageService(tallies, keys).flush()).isZero();
    }
}
