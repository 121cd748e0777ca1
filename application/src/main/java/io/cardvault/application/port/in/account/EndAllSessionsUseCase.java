package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccountId;

/** Use case: log out everywhere. Every session of the account ends on every node. */
public interface EndAllSessionsUseCase {

    void endAllSessions(AccountId account);
}
