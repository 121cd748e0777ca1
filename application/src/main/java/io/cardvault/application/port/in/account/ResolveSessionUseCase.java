package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccountId;
import java.util.Optional;

/**
 * Use case: the account a presented session token names; empty for a missing, forged or expired
 * token (the request is then anonymous, not an error). Shared by the JSON API and the web pages.
 */
public interface ResolveSessionUseCase {

    Optional<AccountId> resolve(String token);
}
