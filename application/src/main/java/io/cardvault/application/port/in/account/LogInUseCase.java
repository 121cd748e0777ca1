package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.Account;

/** Use case: check a login and password; a wrong pair is an {@link InvalidCredentialsException}. */
public interface LogInUseCase {

    Account logIn(LogInCommand command);
}
