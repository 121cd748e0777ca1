package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.Account;

/** Use case: create an account (Free tier); a taken username or email is a {@code DuplicateAccountException}. */
public interface RegisterAccountUseCase {

    Account register(RegisterAccountCommand command);
}
