package io.cardvault.application.port.out;

import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.Username;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outgoing port: where accounts are kept. */
public interface AccountStorePort {

    /**
     * Stores a new account and returns it with its id; a username or email another account holds
     * is a {@code DuplicateAccountException} (the store's unique keys decide races).
     */
    Account add(Account account);

    Optional<Account> findById(AccountId id);

    /**
     * The accounts of these ids that exist, by id (an unknown id is simply absent): one read for the
     * owners of many notifications at once instead of one lookup each.
     */
    Map<AccountId, Account> findByIds(Collection<AccountId> ids);

    Optional<Account> findByUsername(Username username);

    Optional<Account> findByEmail(EmailAddress email);

    /** Writes the password hash and the deletion flag of a stored account. */
    void update(Account account);

    /** Accounts whose deletion was requested before {@code requestedBefore}, at most {@code limit}. */
    List<AccountId> findDeletionsRequestedBefore(Instant requestedBefore, int limit);

    /**
     * Removes the account and, in the same transaction, everything that holds its personal data
     * (tables referencing {@code account} do so with {@code ON DELETE CASCADE}).
     */
    void delete(AccountId id);
}
