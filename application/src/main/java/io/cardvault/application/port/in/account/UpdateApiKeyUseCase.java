package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.ApiKey;

/** Use case: change a key's name or state; a key the owner does not hold is {@link ApiKeyNotFoundException}. */
public interface UpdateApiKeyUseCase {

    ApiKey update(UpdateApiKeyCommand command);
}
