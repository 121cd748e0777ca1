package io.cardvault.application.port.out.account;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.port.out.ChangeAccountTierPort;
import io.cardvault.application.port.out.SellerAccountStorePort;
import io.cardvault.application.port.out.SessionStandingStorePort;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiKeyHash;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.DuplicateAccountException;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.KeyUsage;
import io.cardvault.domain.account.SessionStanding;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * In-memory fake of the account store, as the real one implements it: accounts with their unique
 * username and email, their keys (gone with the account), session generations and ended sessions.
 * Thread-safe, so concurrent service tests can share it.
 */
public final class InMemoryAccountStore
        implements AccountStorePort, ApiKeyStorePort, ChangeAccountTierPort, SessionStandingStorePort,
        SellerAccountStorePort {

    private final Map<AccountId, Account> accounts = new TreeMap<>(Comparator.comparingLong(AccountId::value));
    private final Map<ApiKeyId, ApiKey> keys = new TreeMap<>(Comparator.comparingLong(ApiKeyId::value));
    /** Calls per UTC day as the store counts them: by the tallies' days, not the days of their last use. */
    private final Map<ApiKeyId, KeyUsage> usage = new HashMap<>();
    private final Map<AccountId, Long> generations = new HashMap<>();
    private final Map<AccountId, Map<String, Instant>> ended = new HashMap<>();
    private long nextAccount = 1;
    private long nextKey = 1;
    private int standingReads;

    @Override
    public synchronized Account add(Account account) {
        for (Account held : accounts.values()) {
            if (held.username().equals(account.username())) {
                throw DuplicateAccountException.usernameTaken();
            }
            if (held.email().equals(account.email())) {
                throw DuplicateAccountException.emailTaken();
            }
        }
        Account stored = account.withId(new AccountId(nextAccount++));
        accounts.put(stored.requireId(), stored);
        generations.put(stored.requireId(), 0L);
        return stored;
    }

    @Override
    public synchronized Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public synchronized Map<AccountId, Account> findByIds(Collection<AccountId> ids) {
        Map<AccountId, Account> found = new HashMap<>();
        ids.stream().filter(accounts::containsKey).forEach(id -> found.put(id, accounts.get(id)));
        return found;
    }

    @Override
    public synchronized Optional<Account> findByUsername(Username username) {
        return accounts.values().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public synchronized Optional<Account> findByEmail(EmailAddress email) {
        return accounts.values().stream().filter(a -> a.email().equals(email)).findFirst();
    }

    /** Like the real store, writes only the password hash and the deletion flag. */
    @Override
    public synchronized void update(Account account) {
        Account held = accounts.get(account.requireId());
        if (held == null) {
            return;
        }
        Account written = Account.reconstitute(held.requireId(), held.username(), held.email(), account.passwordHash(),
                held.tier(), held.displayName().orElse(null), held.country().orElse(null), held.admin(), held.seller(),
                held.createdAt(), account.deletionRequestedAt().orElse(null));
        accounts.put(written.requireId(), written);
    }

    @Override
    public synchronized void markSeller(Account seller) {
        Account held = accounts.get(seller.requireId());
        if (held == null) {
            return;
        }
        accounts.put(held.requireId(), Account.reconstitute(held.requireId(), held.username(), held.email(),
                held.passwordHash(), held.tier(), seller.displayName().orElse(null), seller.country().orElse(null),
                held.admin(), seller.seller(), held.createdAt(), held.deletionRequestedAt().orElse(null)));
    }

    @Override
    public synchronized List<AccountId> findDeletionsRequestedBefore(Instant requestedBefore, int limit) {
        return accounts.values().stream()
                .filter(a -> a.deletionRequestedAt().filter(at -> at.isBefore(requestedBefore)).isPresent())
                .map(Account::requireId).limit(limit).toList();
    }

    @Override
    public synchronized void delete(AccountId id) {
        accounts.remove(id);
        generations.remove(id);
        ended.remove(id);
        keys.values().removeIf(key -> key.belongsTo(id));
        usage.keySet().retainAll(keys.keySet());
    }

    @Override
    public synchronized boolean changeTier(AccountId account, Tier tier) {
        Account held = accounts.get(account);
        if (held == null) {
            return false;
        }
        accounts.put(account, Account.reconstitute(account, held.username(), held.email(), held.passwordHash(), tier,
                held.displayName().orElse(null), held.country().orElse(null), held.admin(), held.seller(),
                held.createdAt(), held.deletionRequestedAt().orElse(null)));
        return true;
    }

    @Override
    public synchronized ApiKey add(ApiKey key) {
        if (!accounts.containsKey(key.owner())) {
            throw new AccountStoreFailedException("no account " + key.owner().value(), null);
        }
        ApiKey stored = key.withId(new ApiKeyId(nextKey++));
        keys.put(stored.requireId(), stored);
        usage.put(stored.requireId(), KeyUsage.NONE);
        return read(stored);
    }

    @Override
    public synchronized List<ApiKey> findByOwner(AccountId owner) {
        return keys.values().stream().filter(key -> key.belongsTo(owner)).map(this::read).toList();
    }

    /** Every method holds this fake's lock, so counting is already atomic. */
    @Override
    public synchronized int lockOwnerAndCount(AccountId owner) {
        return findByOwner(owner).size();
    }

    @Override
    public synchronized Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(keys.get(id)).map(this::read);
    }

    @Override
    public synchronized Optional<ApiKey> findByHash(ApiKeyHash hash) {
        return keys.values().stream().filter(key -> key.hash().equals(hash)).findFirst().map(this::read);
    }

    /** Like the real store, writes only the name and the active state. */
    @Override
    public synchronized void update(ApiKey key) {
        ApiKey held = keys.get(key.requireId());
        if (held == null) {
            return;
        }
        ApiKey written = held.rename(key.name());
        keys.put(written.requireId(), key.active() ? written.activate() : written.deactivate());
    }

    @Override
    public synchronized void delete(ApiKeyId id) {
        keys.remove(id);
        usage.remove(id);
    }

    private ApiKey read(ApiKey key) {
        return ApiKey.reconstitute(key.requireId(), key.owner(), key.name(), key.prefix(), key.hash(), key.tier(),
                key.active(), key.createdAt(), key.expiresAt().orElse(null), key.lastUsedAt().orElse(null),
                usage.get(key.requireId()));
    }

    @Override
    public synchronized void recordUsage(Collection<KeyUseTally> uses) {
        for (KeyUseTally use : uses) {
            ApiKey held = keys.get(use.key());
            if (held == null) {
                continue; // revoked since it was used
            }
            Instant latest = held.lastUsedAt().filter(last -> last.isAfter(use.lastUsedAt())).orElse(use.lastUsedAt());
            keys.put(use.key(), ApiKey.reconstitute(held.requireId(), held.owner(), held.name(), held.prefix(),
                    held.hash(), held.tier(), held.active(), held.createdAt(), held.expiresAt().orElse(null), latest,
                    KeyUsage.NONE));
            usage.put(use.key(), usage.get(use.key()).plus(use.day(), use.calls()));
        }
    }

    @Override
    public synchronized Optional<SessionStanding> standing(AccountId account, Instant now) {
        standingReads++;
        Long generation = generations.get(account);
        if (generation == null) {
            return Optional.empty();
        }
        List<String> live = ended.getOrDefault(account, Map.of()).entrySet().stream()
                .filter(entry -> entry.getValue().isAfter(now)).map(Map.Entry::getKey).toList();
        return Optional.of(new SessionStanding(generation, java.util.Set.copyOf(live)));
    }

    @Override
    public synchronized void endSession(AccountId account, String sessionId, Instant expiresAt, Instant now) {
        Map<String, Instant> listed = ended.computeIfAbsent(account, a -> new HashMap<>());
        listed.putIfAbsent(sessionId, expiresAt);
        listed.values().removeIf(expiry -> !expiry.isAfter(now));
    }

    @Override
    public synchronized void endAllSessions(AccountId account) {
        generations.computeIfPresent(account, (id, generation) -> generation + 1);
        ended.remove(account);
    }

    /** How often {@link #standing} was read: cache tests count the store's reads. */
    public synchronized int standingReads() {
        return standingReads;
    }
}
