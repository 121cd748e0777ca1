package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccountId;

/** Use case: a signed session token for an account that has just signed up or in (30 days). */
public interface StartSessionUseCase {

    SessionToken start(AccountId account);
}
