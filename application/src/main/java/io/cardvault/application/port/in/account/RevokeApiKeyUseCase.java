package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKeyId;

/** Use case: delete a key for good; a key the owner does not hold is {@link ApiKeyNotFoundException}. */
public interface RevokeApiKeyUseCase {

    void revoke(AccountId owner, ApiKeyId key);
}
