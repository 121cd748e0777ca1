package io.cardvault.it.jpa;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.port.out.ChangeAccountTierPort;
import io.cardvault.application.port.out.SessionStandingStorePort;
import io.cardvault.application.port.out.account.KeyUseTally;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiKeyHash;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.SessionStanding;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JPA adapter's four account ports, each call in a JTA transaction of its own, as a use case
 * would run it: the contracts call the ports one by one, and writes need a transaction. Typed as
 * this class only, so injecting the ports here finds the adapter, not this bean.
 */
@ApplicationScoped
@Typed(TransactionalAccountPorts.class)
@Transactional
class TransactionalAccountPorts implements AccountStorePort, ApiKeyStorePort, ChangeAccountTierPort, SessionStandingStorePort {

    private final AccountStorePort accounts;
    private final ApiKeyStorePort keys;
    private final ChangeAccountTierPort tiers;
    private final SessionStandingStorePort sessions;

    @Inject
    TransactionalAccountPorts(AccountStorePort accounts, ApiKeyStorePort keys, ChangeAccountTierPort tiers,
                              SessionStandingStorePort sessions) {
        this.accounts = accounts;
        this.keys = keys;
        this.tiers = tiers;
        this.sessions = sessions;
    }

    /** For CDI's client proxy only. */
    protected TransactionalAccountPorts() {
        this(null, null, null, null);
    }

    @Override
    public Account add(Account account) {
        return accounts.add(account);
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return accounts.findById(id);
    }

    @Override
    public Map<AccountId, Account> findByIds(Collection<AccountId> ids) {
        return accounts.findByIds(ids);
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return accounts.findByUsername(username);
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return accounts.findByEmail(email);
    }

    @Override
    public void update(Account account) {
        accounts.update(account);
    }

    @Override
    public List<AccountId> findDeletionsRequestedBefore(Instant requestedBefore, int limit) {
        return accounts.findDeletionsRequestedBefore(requestedBefore, limit);
    }

    @Override
    public void delete(AccountId id) {
        accounts.delete(id);
    }

    @Override
    public boolean changeTier(AccountId account, Tier tier) {
        return tiers.changeTier(account, tier);
    }

    @Override
    public ApiKey add(ApiKey key) {
        return keys.add(key);
    }

    @Override
    public List<ApiKey> findByOwner(AccountId owner) {
        return keys.findByOwner(owner);
    }

    @Override
    public int lockOwnerAndCount(AccountId owner) {
        return keys.lockOwnerAndCount(owner);
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return keys.findById(id);
    }

    @Override
    public Optional<ApiKey> findByHash(ApiKeyHash hash) {
        return keys.findByHash(hash);
    }

    @Override
    public void update(ApiKey key) {
        keys.update(key);
    }

    @Override
    public void delete(ApiKeyId id) {
        keys.delete(id);
    }

    @Override
    public void recordUsage(Collection<KeyUseTally> uses) {
        keys.recordUsage(uses);
    }

    @Override
    public Optional<SessionStanding> standing(AccountId account, Instant now) {
        return sessions.standing(account, now);
    }

    @Override
    public void endSession(AccountId account, String sessionId, Instant expiresAt, Instant now) {
        sessions.endSession(account, sessionId, expiresAt, now);
    }

    @Override
    public void endAllSessions(AccountId account) {
        sessions.endAllSessions(account);
    }
}
