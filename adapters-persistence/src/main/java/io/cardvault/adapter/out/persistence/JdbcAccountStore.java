package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.port.out.ChangeAccountTierPort;
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
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.SessionStanding;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Accounts, their session standings and API keys on MariaDB with plain JDBC. It joins the calling use case's transaction
 * (the data source enlists in JTA). Times are stored as UTC {@code DATETIME(3)}.
 */
@ApplicationScoped
class JdbcAccountStore implements AccountStorePort, ApiKeyStorePort, ChangeAccountTierPort, SessionStandingStorePort {

    private static final String ACCOUNT_COLUMNS =
            "id, username, email, password_hash, tier, display_name, country, is_admin, is_seller, created_at,"
                    + " deletion_requested_at";
    private static final String KEY_COLUMNS =
            "id, account_id, name, prefix, key_hash, tier, is_active, created_at, expires_at, last_used_at, calls_day,"
                    + " calls_today";

    private final DataSource dataSource;

    @Inject
    JdbcAccountStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected JdbcAccountStore() {
        this.dataSource = null;
    }

    @Override
    public boolean changeTier(AccountId account, Tier tier) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE account SET tier = ? WHERE id = ?")) {
            update.setString(1, tier.slug());
            update.setLong(2, account.value());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new AccountStoreFailedException("cannot change the tier of account " + account.value(), e);
        }
    }

    @Override
    public Account add(Account account) {
        String sql = "INSERT INTO account (username, email, password_hash, tier, display_name, country, is_admin,"
                + " is_seller, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, account.username().value());
            insert.setString(2, account.email().value());
            insert.setString(3, account.passwordHash().value());
            insert.setString(4, account.tier().slug());
            insert.setString(5, account.displayName().orElse(null));
            insert.setString(6, account.country().orElse(null));
            insert.setBoolean(7, account.admin());
            insert.setBoolean(8, account.seller());
            insert.setObject(9, utc(account.createdAt()));
            insert.executeUpdate();
            return account.withId(new AccountId(generatedId(insert)));
        } catch (SQLIntegrityConstraintViolationException duplicate) {
            throw duplicateOf(duplicate);
        } catch (SQLException e) {
            if ("23000".equals(e.getSQLState())) {
                throw duplicateOf(e);
            }
            throw new AccountStoreFailedException("cannot store account " + account.username().value(), e);
        }
    }

    private static DuplicateAccountException duplicateOf(SQLException e) {
        return String.valueOf(e.getMessage()).contains("uk_account_email")
                ? DuplicateAccountException.emailTaken()
                : DuplicateAccountException.usernameTaken();
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return oneAccount("id = ?", id.value());
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return oneAccount("username = ?", username.value());
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return oneAccount("email = ?", email.value());
    }

    private Optional<Account> oneAccount(String condition, Object value) {
        return one("SELECT " + ACCOUNT_COLUMNS + " FROM account WHERE " + condition, value, JdbcAccountStore::account, "account");
    }

    /** The single row a unique key selects, mapped, or empty. */
    private <T> Optional<T> one(String sql, Object value, RowMapper<T> mapper, String what) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(mapper.map(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new AccountStoreFailedException("cannot read " + what, e);
        }
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private static Account account(ResultSet row) throws SQLException {
        return Account.reconstitute(new AccountId(row.getLong(1)), new Username(row.getString(2)),
                new EmailAddress(row.getString(3)), new PasswordHash(row.getString(4)), tier(row.getString(5)),
                row.getString(6), row.getString(7), row.getBoolean(8), row.getBoolean(9),
                instant(row.getObject(10, LocalDateTime.class)), instant(row.getObject(11, LocalDateTime.class)));
    }

    @Override
    public void update(Account account) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE account SET password_hash = ?, deletion_requested_at = ? WHERE id = ?")) {
            update.setString(1, account.passwordHash().value());
            update.setObject(2, account.deletionRequestedAt().map(JdbcAccountStore::utc).orElse(null));
            update.setLong(3, account.requireId().value());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new AccountStoreFailedException("cannot update account " + account.username().value(), e);
        }
    }

    @Override
    public List<AccountId> findDeletionsRequestedBefore(Instant requestedBefore, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id FROM account"
                     + " WHERE deletion_requested_at IS NOT NULL AND deletion_requested_at < ? ORDER BY id LIMIT ?")) {
            select.setObject(1, utc(requestedBefore));
            select.setInt(2, limit);
            List<AccountId> due = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    due.add(new AccountId(row.getLong(1)));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new AccountStoreFailedException("cannot list accounts due for deletion", e);
        }
    }

    @Override
    public void delete(AccountId id) {
        // Keys and every other table with personal data reference account(id) ON DELETE CASCADE.
        deleteRow("account", id.value());
    }

    /** {@code table} is one of this store's own table names, never input. */
    private void deleteRow(String table, long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new AccountStoreFailedException("cannot delete " + table + " " + id, e);
        }
    }

    /** One read: the generation, and the live ended sessions joined to it (none: one row of NULL). */
    @Override
    public Optional<SessionStanding> standing(AccountId account, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT a.session_generation, e.session_id"
                     + " FROM account a LEFT JOIN ended_session e ON e.account_id = a.id AND e.expires_at > ?"
                     + " WHERE a.id = ?")) {
            select.setObject(1, utc(now));
            select.setLong(2, account.value());
            long generation = -1;
            Set<String> ended = new HashSet<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    generation = row.getLong(1);
                    String session = row.getString(2);
                    if (session != null) {
                        ended.add(session);
                    }
                }
            }
            return generation < 0 ? Optional.empty() : Optional.of(new SessionStanding(generation, ended));
        } catch (SQLException e) {
            throw new AccountStoreFailedException("cannot read the sessions of account " + account.value(), e);
        }
    }

    @Override
    public void endSession(AccountId account, String sessionId, Instant expiresAt, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT IGNORE INTO ended_session (account_id, session_id, expires_at) VALUES (?, ?, ?)");
             PreparedStatement prune = connection.prepareStatement(
                     "DELETE FROM ended_session WHERE account_id = ? AND expires_at <= ?")) {
            insert.setLong(1, account.value());
            insert.setString(2, sessionId);
            insert.setObject(3, utc(expiresAt));
            insert.executeUpdate();
            prune.setLong(1, account.value());
            prune.setObject(2, utc(now));
            prune.executeUpdate();
        } catch (SQLException e) {
            throw new AccountStoreFailedException("cannot end a session of account " + account.value(), e);
        }
    }

    @Override
    public void endAllSessions(AccountId account) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement bump = connection.prepareStatement(
                     "UPDATE account SET session_generation = session_generation + 1 WHERE id = ?");
             PreparedStatement clear = connection.prepareStatement("DELETE FROM ended_session WHERE account_id = ?")) {
            bump.setLong(1, account.value());
            bump.executeUpdate();
            clear.setLong(1, account.value());
            clear.executeUpdate();
        } catch (SQLException e) {
            throw new AccountStoreFailedException("cannot end the sessions of account " + account.value(), e);
        }
    }

    @Override
    public ApiKey add(ApiKey key) {
        String sql = "INSERT INTO api_key (account_id, name, prefix, key_hash, tier, is_active, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, key.owner().value());
            insert.setString(2, key.name());
            insert.setString(3, key.prefix());
            insert.setBytes(4, HexFormat.of().parseHex(key.hash().hex()));
            insert.setString(5, key.tier().slug());
            insert.setBoolean(6, key.active());
            insert.setObject(7, utc(key.createdAt()));
            insert.setObject(8, key.expiresAt().map(JdbcAccountStore::utc).orElse(null));
            insert.executeUpdate();
            return key.withId(new ApiKeyId(generatedId(insert)));
        } catch (SQLException e) {
            throw new AccountStoreFailedException("cannot store API key " + key.prefix(), e);
        }
    }

    @Override
    public List<ApiKey> findByOwner(AccountId owner) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + KEY_COLUMNS + " FROM api_key WHERE account_id = ? ORDER BY id")) {
            select.setLong(1, owner.value());
            List<ApiKey> keys = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    keys.add(key(row));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new AccountStoreFailedException("cannot list API keys", e);
        }
    }

    /**
     * {@code SELECT … FOR UPDATE} on the account row, then a locking count: a locking read sees the
     * latest committed keys whatever snapshot the transaction holds, and every creator waits for the
     * row lock first, so the count's own locks never meet another creator's. Both on one connection,
     * which is the transaction's.
     */
    @Override
    public int lockOwnerAndCount(AccountId owner) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement("SELECT id FROM account WHERE id = ? FOR UPDATE");
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM api_key WHERE account_id = ? LOCK IN SHARE MODE")) {
            lock.setLong(1, owner.value());
            try (ResultSet row = lock.executeQuery()) {
                row.next();
            }
            count.setLong(1, owner.value());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new AccountStoreFailedException("cannot count API keys", e);
        }
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return oneKey("id = ?", id.value());
    }

    @Override
    public Optional<ApiKey> findByHash(ApiKeyHash hash) {
        return oneKey("key_hash = ?", HexFormat.of().parseHex(hash.hex()));
    }

    private Optional<ApiKey> oneKey(String condition, Object value) {
        return one("SELECT " + KEY_COLUMNS + " FROM api_key WHERE " + condition, value, JdbcAccountStore::key, "API key");
    }

    @Override
    public void update(ApiKey key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE api_key SET name = ?, is_active = ? WHERE id = ?")) {
            update.setString(1, key.name());
            update.setBoolean(2, key.active());
            update.setLong(3, key.requireId().value());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new AccountStoreFailedException("cannot update API key " + key.prefix(), e);
        }
    }

    @Override
    public void delete(ApiKeyId id) {
        deleteRow("api_key", id.value());
    }

    private static ApiKey key(ResultSet row) throws SQLException {
        return ApiKey.reconstitute(new ApiKeyId(row.getLong(1)), new AccountId(row.getLong(2)), row.getString(3),
                row.getString(4), new ApiKeyHash(HexFormat.of().formatHex(row.getBytes(5))), tier(row.getString(6)),
                row.getBoolean(7), instant(row.getObject(8, LocalDateTime.class)),
                instant(row.getObject(9, LocalDateTime.class)), instant(row.getObject(10, LocalDateTime.class)),
                usage(row.getObject(11, LocalDate.class), row.getLong(12)));
    }

    private static KeyUsage usage(LocalDate day, long calls) {
        return day == null ? KeyUsage.NONE : new KeyUsage(day, calls);
    }

    /**
     * One batched UPDATE per flush: a tally of the stored day adds to it, one of a later day
     * replaces it (the day rolled over), one of an earlier day is too late to count.
     */
    @Override
    public void recordUsage(Collection<KeyUseTally> uses) {
        String sql = "UPDATE api_key SET"
                + " calls_today = CASE WHEN calls_day = ? THEN calls_today + ?"
                + "   WHEN calls_day IS NULL OR calls_day < ? THEN ? ELSE calls_today END,"
                + " calls_day = CASE WHEN calls_day IS NULL OR calls_day < ? THEN ? ELSE calls_day END,"
                + " last_used_at = CASE WHEN last_used_at IS NULL OR last_used_at < ? THEN ? ELSE last_used_at END"
                + " WHERE id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            for (KeyUseTally use : uses) {
                LocalDateTime last = utc(use.lastUsedAt());
                update.setObject(1, use.day());
                update.setLong(2, use.calls());
                update.setObject(3, use.day());
                update.setLong(4, use.calls());
                update.setObject(5, use.day());
                update.setObject(6, use.day());
                update.setObject(7, last);
                update.setObject(8, last);
                update.setLong(9, use.key().value());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new AccountStoreFailedException("cannot record API key usage", e);
        }
    }

    private static Tier tier(String slug) {
        // An unknown slug in the table is a data error; the safest reading is the smallest quota.
        return Tier.fromSlug(slug).orElse(Tier.FREE);
    }

    private static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated id returned");
            }
            return keys.getLong(1);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
