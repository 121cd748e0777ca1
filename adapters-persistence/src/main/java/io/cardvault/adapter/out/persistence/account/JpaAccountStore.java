package io.cardvault.adapter.out.persistence.account;

import static io.cardvault.adapter.out.persistence.account.AccountJpaMapper.utc;

import io.cardvault.adapter.out.persistence.UniqueKeys;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.port.out.ChangeAccountTierPort;
import io.cardvault.application.port.out.SellerAccountStorePort;
import io.cardvault.application.port.out.SessionStandingStorePort;
import io.cardvault.application.port.out.account.AccountStoreFailedException;
import io.cardvault.application.port.out.account.KeyUseTally;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Accounts, their API keys and session standings through JPA (EclipseLink) on the container's
 * transaction-scoped {@code EntityManager}: every call joins the calling use case's JTA transaction,
 * so a use case writes all of its rows or none. Entities never leave this package; callers get
 * domain objects from the mappers. The one-statement updates (session generation, deletions) are
 * JPQL bulk updates, so two nodes changing the same account never lose a write.
 */
@ApplicationScoped
class JpaAccountStore implements AccountStorePort, ApiKeyStorePort, ChangeAccountTierPort, SessionStandingStorePort,
        SellerAccountStorePort {

    /** Keys locked per statement by a usage flush: a bounded IN list. */
    private static final int FLUSH_CHUNK = 500;

    private final EntityManager entityManager;

    @Inject
    JpaAccountStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaAccountStore() {
        this.entityManager = null;
    }

    @Override
    public Account add(Account account) {
        AccountJpaEntity row = AccountJpaMapper.toNewEntity(account);
        try {
            entityManager.persist(row);
            entityManager.flush(); // the unique keys decide sign-up races now, and the id is assigned
        } catch (PersistenceException e) {
            throw duplicateOf(e).orElseThrow(() ->
                    new AccountStoreFailedException("cannot store account " + account.username().value(), e));
        }
        return account.withId(new AccountId(row.id()));
    }

    /** Which unique key refused the row, read from the driver's message (no JDBC types in a JPA adapter). */
    private static Optional<RuntimeException> duplicateOf(PersistenceException refused) {
        if (UniqueKeys.refusedBy(refused, "uk_account_email")) {
            return Optional.of(DuplicateAccountException.emailTaken());
        }
        if (UniqueKeys.refusedBy(refused, "uk_account_username")) {
            return Optional.of(DuplicateAccountException.usernameTaken());
        }
        return Optional.empty();
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return attempt("account " + id.value(), () ->
                Optional.ofNullable(entityManager.find(AccountJpaEntity.class, id.value())).map(AccountJpaMapper::toDomain));
    }

    @Override
    public Map<AccountId, Account> findByIds(Collection<AccountId> ids) {
        List<Long> wanted = ids.stream().map(AccountId::value).distinct().toList();
        Map<AccountId, Account> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += FLUSH_CHUNK) {
            List<Long> chunk = new ArrayList<>(wanted.subList(from, Math.min(wanted.size(), from + FLUSH_CHUNK)));
            attempt(chunk.size() + " accounts", () -> entityManager
                    .createQuery("SELECT a FROM AccountJpaEntity a WHERE a.id IN :ids", AccountJpaEntity.class)
                    .setParameter("ids", chunk).getResultList())
                    .stream().map(AccountJpaMapper::toDomain).forEach(account -> found.put(account.requireId(), account));
        }
        return found;
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return oneAccount("username", username.value());
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return oneAccount("email", email.value());
    }

    /** {@code column} is one of the two unique keys named above, never input. */
    private Optional<Account> oneAccount(String column, String value) {
        return attempt("account", () -> entityManager
                .createQuery("SELECT a FROM AccountJpaEntity a WHERE a." + column + " = :value", AccountJpaEntity.class)
                .setParameter("value", value)
                .getResultStream().findFirst().map(AccountJpaMapper::toDomain));
    }

    @Override
    public void update(Account account) {
        attempt("account " + account.username().value(), () -> {
            AccountJpaEntity row = entityManager.find(AccountJpaEntity.class, account.requireId().value());
            if (row != null) {
                row.overwriteCredentialsAndDeletion(account.passwordHash().value(),
                        account.deletionRequestedAt().map(AccountJpaMapper::utc).orElse(null));
            }
            return null;
        });
    }

    @Override
    public void markSeller(Account seller) {
        attempt("seller " + seller.username().value(), () -> {
            AccountJpaEntity row = entityManager.find(AccountJpaEntity.class, seller.requireId().value());
            if (row != null) {
                row.overwriteSeller(seller.seller(), seller.displayName().orElse(null), seller.country().orElse(null));
            }
            return null;
        });
    }

    @Override
    public List<AccountId> findDeletionsRequestedBefore(Instant requestedBefore, int limit) {
        return attempt("accounts due for deletion", () -> entityManager
                .createQuery("SELECT a.id FROM AccountJpaEntity a WHERE a.deletionRequestedAt IS NOT NULL"
                        + " AND a.deletionRequestedAt < :before ORDER BY a.id", Long.class)
                .setParameter("before", utc(requestedBefore))
                .setMaxResults(limit)
                .getResultStream().map(AccountId::new).toList());
    }

    @Override
    public void delete(AccountId id) {
        // Keys, ended sessions and every other table with personal data reference account(id) ON DELETE CASCADE.
        attempt("account " + id.value(), () -> entityManager
                .createQuery("DELETE FROM AccountJpaEntity a WHERE a.id = :id")
                .setParameter("id", id.value()).executeUpdate());
    }

    @Override
    public boolean changeTier(AccountId account, Tier tier) {
        return attempt("the tier of account " + account.value(), () -> {
            AccountJpaEntity row = entityManager.find(AccountJpaEntity.class, account.value());
            if (row == null) {
                return false;
            }
            row.moveToTier(tier.slug());
            return true;
        });
    }

    @Override
    public Optional<SessionStanding> standing(AccountId account, Instant now) {
        return attempt("the sessions of account " + account.value(), () -> {
            Optional<Long> generation = entityManager
                    .createQuery("SELECT a.sessionGeneration FROM AccountJpaEntity a WHERE a.id = :id", Long.class)
                    .setParameter("id", account.value())
                    .getResultStream().findFirst();
            if (generation.isEmpty()) {
                return Optional.empty();
            }
            List<String> ended = entityManager
                    .createQuery("SELECT e.sessionId FROM EndedSessionJpaEntity e"
                            + " WHERE e.accountId = :id AND e.expiresAt > :now", String.class)
                    .setParameter("id", account.value())
                    .setParameter("now", utc(now))
                    .getResultList();
            return Optional.of(new SessionStanding(generation.get(), new HashSet<>(ended)));
        });
    }

    @Override
    public void endSession(AccountId account, String sessionId, Instant expiresAt, Instant now) {
        attempt("a session of account " + account.value(), () -> {
            // Ending an ended session again changes nothing (the first listing keeps its expiry).
            if (entityManager.find(EndedSessionJpaEntity.class, new EndedSessionKey(account.value(), sessionId)) == null) {
                entityManager.persist(new EndedSessionJpaEntity(account.value(), sessionId, utc(expiresAt)));
                entityManager.flush();
            }
            return entityManager
                    .createQuery("DELETE FROM EndedSessionJpaEntity e WHERE e.accountId = :id AND e.expiresAt <= :now")
                    .setParameter("id", account.value())
                    .setParameter("now", utc(now))
                    .executeUpdate();
        });
    }

    @Override
    public void endAllSessions(AccountId account) {
        attempt("the sessions of account " + account.value(), () -> {
            entityManager.createQuery("UPDATE AccountJpaEntity a SET a.sessionGeneration = a.sessionGeneration + 1"
                            + " WHERE a.id = :id")
                    .setParameter("id", account.value()).executeUpdate();
            return entityManager.createQuery("DELETE FROM EndedSessionJpaEntity e WHERE e.accountId = :id")
                    .setParameter("id", account.value()).executeUpdate();
        });
    }

    @Override
    public ApiKey add(ApiKey key) {
        ApiKeyJpaEntity row = ApiKeyJpaMapper.toNewEntity(key);
        attempt("API key " + key.prefix(), () -> {
            entityManager.persist(row);
            entityManager.flush(); // assigns the id
            return null;
        });
        return key.withId(new ApiKeyId(row.id()));
    }

    @Override
    public List<ApiKey> findByOwner(AccountId owner) {
        return attempt("the API keys of account " + owner.value(), () -> entityManager
                .createQuery("SELECT k FROM ApiKeyJpaEntity k WHERE k.accountId = :owner ORDER BY k.id", ApiKeyJpaEntity.class)
                .setParameter("owner", owner.value())
                .getResultStream().map(ApiKeyJpaMapper::toDomain).toList());
    }

    /**
     * A pessimistic write lock on the owner's account row ({@code SELECT … FOR UPDATE}), then a
     * locking read of the owner's keys: a locking read sees the latest committed keys whatever
     * snapshot the transaction holds, and every creator waits for the account lock first, so the
     * key locks never meet another creator's.
     */
    @Override
    public int lockOwnerAndCount(AccountId owner) {
        return attempt("the API keys of account " + owner.value(), () -> {
            entityManager.createQuery("SELECT a FROM AccountJpaEntity a WHERE a.id = :id", AccountJpaEntity.class)
                    .setParameter("id", owner.value())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            return entityManager.createQuery("SELECT k FROM ApiKeyJpaEntity k WHERE k.accountId = :owner",
                            ApiKeyJpaEntity.class)
                    .setParameter("owner", owner.value())
                    .setLockMode(LockModeType.PESSIMISTIC_READ)
                    .getResultList().size();
        });
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return attempt("API key " + id.value(), () ->
                Optional.ofNullable(entityManager.find(ApiKeyJpaEntity.class, id.value())).map(ApiKeyJpaMapper::toDomain));
    }

    @Override
    public Optional<ApiKey> findByHash(ApiKeyHash hash) {
        return attempt("API key", () -> entityManager
                .createQuery("SELECT k FROM ApiKeyJpaEntity k WHERE k.keyHash = :hash", ApiKeyJpaEntity.class)
                .setParameter("hash", ApiKeyJpaMapper.hashBytes(hash))
                .getResultStream().findFirst().map(ApiKeyJpaMapper::toDomain));
    }

    @Override
    public void update(ApiKey key) {
        attempt("API key " + key.prefix(), () -> {
            ApiKeyJpaEntity row = entityManager.find(ApiKeyJpaEntity.class, key.requireId().value());
            if (row != null) {
                row.rename(key.name(), key.active());
            }
            return null;
        });
    }

    @Override
    public void delete(ApiKeyId id) {
        attempt("API key " + id.value(), () -> entityManager
                .createQuery("DELETE FROM ApiKeyJpaEntity k WHERE k.id = :id")
                .setParameter("id", id.value()).executeUpdate());
    }

    /**
     * Locks the tallied keys in id order (two flushing nodes never deadlock) and lets the domain add
     * each tally: one of the stored day adds to it, one of a later day replaces it (the day rolled
     * over), one of an earlier day is too late to count; the latest use wins. The changed rows go out
     * as one JDBC batch at commit. A key revoked since its use is simply not found.
     */
    @Override
    public void recordUsage(Collection<KeyUseTally> uses) {
        List<Long> ids = uses.stream().map(use -> use.key().value()).distinct().sorted().toList();
        attempt("API key usage", () -> {
            Map<Long, ApiKeyJpaEntity> rows = new HashMap<>();
            for (int from = 0; from < ids.size(); from += FLUSH_CHUNK) {
                entityManager.createQuery("SELECT k FROM ApiKeyJpaEntity k WHERE k.id IN :ids ORDER BY k.id",
                                ApiKeyJpaEntity.class)
                        .setParameter("ids", new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + FLUSH_CHUNK))))
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList().forEach(row -> rows.put(row.id(), row));
            }
            for (KeyUseTally use : uses) {
                ApiKeyJpaEntity row = rows.get(use.key().value());
                if (row != null) {
                    KeyUsage counted = ApiKeyJpaMapper.usage(row).plus(use.day(), use.calls());
                    LocalDateTime used = utc(use.lastUsedAt());
                    LocalDateTime latest = row.lastUsedAt() == null || used.isAfter(row.lastUsedAt()) ? used : row.lastUsedAt();
                    row.recordUsage(counted.day(), counted.calls(), latest);
                }
            }
            return null;
        });
    }

    /** Runs one store operation; a failure of the database is the application's {@link AccountStoreFailedException}. */
    private static <T> T attempt(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (PersistenceException e) {
            throw new AccountStoreFailedException("cannot read or write " + what, e);
        }
    }
}
