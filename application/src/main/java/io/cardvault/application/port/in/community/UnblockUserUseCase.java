package io.cardvault.application.port.in.community;

import io.cardvault.domain.account.AccountId;

/** Use case: lifts the caller's block of an account; false when there was none. */
public interface UnblockUserUseCase {

    boolean unblock(AccountId blocker, String username);
}
