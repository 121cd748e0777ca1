package io.cardvault.application.port.out;

import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.Username;
import java.util.Optional;

/** Outgoing port: where accounts are kept. */
public interface AccountStorePort {

    /**
     * Stores a new account and returns it with its id; a username or email another account holds
     * is a {@code DuplicateAccountException} (the store's unique keys decide races).
     */
    Account add(Account account);

    Optional<Account> findById(AccountId id);

    Optional<Account> findByUsername(Username username);

    Optional<Account> findByEmail(EmailAddress email);
}
