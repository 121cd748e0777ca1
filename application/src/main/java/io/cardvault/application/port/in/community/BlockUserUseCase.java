package io.cardvault.application.port.in.community;

import io.cardvault.domain.account.AccountId;

/**
 * Use case: the caller blocks an account by username: it can no longer message the caller or bid on
 * the caller's listings. Returns false when it was blocked already (the block stays one).
 */
public interface BlockUserUseCase {

    boolean block(AccountId blocker, String username);
}
