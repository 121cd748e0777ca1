package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import java.util.Optional;

/** Use case: the account behind a session; empty when it no longer exists. */
public interface GetAccountUseCase {

    Optional<Account> account(AccountId id);
}
